using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Receipts;

/// <summary>A pack size printed on a receipt line ("1KG", "600ML", "10BTR", "5X85G"), or the weight of a weighed line
/// ("2.31 lb @ $0.69/lb"), read by the one quantity grammar.</summary>
/// <param name="Quantity">The amount of one counted unit of the line in <paramref name="Unit"/> (5 x 85 g:
/// 425).</param>
/// <param name="Unit">As the grammar read it, lower case ("kg", "ml", "pcs", "lb").</param>
/// <param name="Canonical">g, ml or pcs.</param>
/// <param name="Text">The printed words the size was read from.</param>
/// <param name="Weighed">True for a weight sold by the pound or kilo: the line's count does not multiply it.</param>
public sealed record PackSize(double Quantity, string Unit, CanonicalUnit Canonical, string Text, bool Weighed);

using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Catalogue;

/// <summary>A pack as sold: size in <see cref="Unit"/> (e.g. 2 kg, 1 dozen, 13.5 fl oz, 1 pack).</summary>
public sealed record PackSize(string Unit, double Size);

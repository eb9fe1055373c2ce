namespace PantryPilot.Domain.Ingredients;

internal enum QuantityTokenKind
{
    Number,
    Word,
    Symbol,
}

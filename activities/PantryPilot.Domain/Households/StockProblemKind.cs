namespace PantryPilot.Domain.Households;

/// <summary>Why a household's input cannot apply (each maps to one error type of the household contract).</summary>
public enum StockProblemKind
{
    UnknownItem,
    InsufficientStock,
    UnknownUnit,
    IncompatibleUnit,
    InvalidQuantity,
    InvalidName,
    TooManyLines,
    InvalidProfile,
}

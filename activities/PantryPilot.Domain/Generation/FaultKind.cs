namespace PantryPilot.Domain.Generation;

/// <summary>The data-quality faults the generator can inject; each faulty row carries exactly one.</summary>
public enum FaultKind
{
    NullRequiredField,
    NegativeQuantity,
    UnknownUnit,
    BadDate,
    DuplicateId,
    AbsurdCost,
}

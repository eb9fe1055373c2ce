namespace PantryPilot.Domain.Ontology;

public enum ComplianceStatus
{
    Allowed,
    Forbidden,
    Unknown,

    /// <summary>Often but not always contains something a rule forbids (animal rennet, fish in curry paste).
    /// Not allowed unless the policy is lenient.</summary>
    MayContain,
}

namespace PantryPilot.Domain.Forecasting;

/// <summary>What took stock out of the pantry: eaten as it is, used in a cooked recipe, or thrown away.
/// Consumed and cooked count towards the consumption rate; discarded does not (it was bought but not used).</summary>
public enum UsageKind
{
    Consumed,
    Cooked,
    Discarded,
}

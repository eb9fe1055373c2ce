namespace PantryPilot.Domain.Generation;

/// <summary>Which fault a faulty row gets: one draw from the generator's fault stream, the same for every table.
/// </summary>
public static class FaultDraw
{
    private static readonly int Kinds = Enum.GetValues<FaultKind>().Length;

    /// <summary>A fault kind; the first row of a household cannot repeat an earlier id, so it gets a missing required
    /// field instead (the draw is consumed either way, so the stream stays aligned).</summary>
    public static FaultKind Next(Random faults, bool firstInHousehold)
    {
        var kind = (FaultKind)faults.Next(Kinds);
        return kind == FaultKind.DuplicateId && firstInHousehold ? FaultKind.NullRequiredField : kind;
    }
}

using System.Globalization;

namespace PantryPilot.Domain.Ontology.Measurement;

/// <summary>How the guard did on a labelled list. Shares are of safe pairs and of distinct names.</summary>
/// <param name="ForbiddenCalledAllowed">Pairs that must never be allowed and were: the safety figure (target
/// 0).</param>
/// <param name="SafeAllowed">Safe pairs the guard allowed (target >= 95 % of <paramref name="SafePairs"/>).</param>
/// <param name="UnknownForEveryConstraint">Distinct names that every constraint calls unknown (target <= 3 %).</param>
/// <param name="RefusedRules">Pairs whose rule the guard refused to read: judged not allowed.</param>
/// <param name="Leaks">The pairs behind <paramref name="ForbiddenCalledAllowed"/>, as "file line N: name for
/// rule".</param>
/// <param name="SafeMisses">Safe pairs not allowed, with the verdict's reason: what a tuning list is read for.</param>
public sealed record GuardFigures(
    int Pairs,
    int Names,
    int ForbiddenPairs,
    int ForbiddenCalledAllowed,
    int SafePairs,
    int SafeAllowed,
    int UnknownForEveryConstraint,
    int RefusedRules,
    IReadOnlyList<string> Leaks,
    IReadOnlyList<string> SafeMisses)
{
    public double SafeAllowedShare => SafePairs == 0 ? 1 : (double)SafeAllowed / SafePairs;

    public double UnknownShare => Names == 0 ? 0 : (double)UnknownForEveryConstraint / Names;

    /// <summary>One line: "747 pairs, 677 names: forbidden called allowed 0 of 369; safe allowed 80.2 % (303 of 378);
    /// ...".</summary>
    public string Summary => string.Create(
        CultureInfo.InvariantCulture,
        $"{Pairs} pairs, {Names} names: forbidden called allowed {ForbiddenCalledAllowed} of {ForbiddenPairs}; " +
        $"safe allowed {SafeAllowedShare * 100:0.0} % ({SafeAllowed} of {SafePairs}); " +
        $"unknown for every constraint {UnknownShare * 100:0.0} % ({UnknownForEveryConstraint} of {Names}); " +
        $"rules refused {RefusedRules}");
}

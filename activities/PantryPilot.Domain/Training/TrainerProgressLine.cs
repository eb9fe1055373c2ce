using System.Globalization;
using System.Text.RegularExpressions;

namespace PantryPilot.Domain.Training;

/// <summary>One line of trainer output, parsed. Iterations are the trainer's own (a resumed mlx-lm run counts from 1
/// again).</summary>
public sealed record TrainerProgressLine(
    TrainerLineKind Kind,
    int? Iteration = null,
    double? TrainLoss = null,
    double? ValLoss = null,
    double? LearningRate = null,
    double? TokensPerSecond = null,
    double? PeakMemoryGb = null,
    string? SavedPath = null)
{
    private static readonly Regex IterPrefix = new(
        @"^\s*Iter\s+(?<it>\d+)\s*:\s*(?<rest>.*)$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex Field = new(
        @"(?<name>[A-Za-z][A-Za-z/ ]*?)\s+(?<value>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|nan|inf)"
        + @"\s*(?<unit>GB|s)?\s*(?:,|$)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex SavedTo = new(
        @"Saved adapter weights to (?<a>\S+?)(?: and (?<b>\S+?))?\.?\s*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex SavedFinalTo = new(
        @"^\s*Saved final weights to (?<a>\S+?)\.?\s*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static readonly TrainerProgressLine Unrecognised = new(TrainerLineKind.Other);

    /// <summary>Parses one line; anything not in the trainer's progress format is <see cref="TrainerLineKind.Other"/>
    /// (trainers print banners, warnings and tracebacks too). Never throws.</summary>
    public static TrainerProgressLine Parse(string line)
    {
        var final = SavedFinalTo.Match(line);
        if (final.Success)
        {
            return new(TrainerLineKind.SavedFinal, SavedPath: final.Groups["a"].Value);
        }

        var prefix = IterPrefix.Match(line);
        if (!prefix.Success
            || !int.TryParse(
                prefix.Groups["it"].ValueSpan,
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var iteration))
        {
            return Unrecognised;
        }

        var rest = prefix.Groups["rest"].Value;
        var saved = SavedTo.Match(rest);
        if (saved.Success)
        {
            // The numbered file (second path) is the checkpoint; the first is the rolling "latest" copy.
            var path = saved.Groups["b"].Success ? saved.Groups["b"].Value : saved.Groups["a"].Value;
            return new(TrainerLineKind.Saved, iteration, SavedPath: path);
        }

        var fields = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Field.Matches(rest))
        {
            if (double.TryParse(
                m.Groups["value"].ValueSpan,
                NumberStyles.Float,
                CultureInfo.InvariantCulture,
                out var value))
            {
                fields[m.Groups["name"].Value.Trim()] = value;
            }
        }

        if (fields.TryGetValue("Val loss", out var valLoss))
        {
            return new(TrainerLineKind.Validation, iteration, ValLoss: valLoss);
        }

        if (fields.TryGetValue("Train loss", out var trainLoss))
        {
            return new(
                TrainerLineKind.Train,
                iteration,
                TrainLoss: trainLoss,
                LearningRate: fields.TryGetValue("Learning Rate", out var lr) ? lr : null,
                TokensPerSecond: fields.TryGetValue("Tokens/sec", out var tps) ? tps : null,
                PeakMemoryGb: fields.TryGetValue("Peak mem", out var mem) ? mem : null);
        }

        return Unrecognised;
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using PantryPilot.Contracts.RecipeModel;
using Spectre.Console;

namespace PantryPilot.Cli.RecipeModel;

/// <summary>The end-of-run table of part 2: what training did, each candidate's figures, what was promoted.</summary>
public static class ModelTrainingPrinter
{
    public static void PrintSummary(ModelTrainingOutput? model)
    {
        if (model is null)
        {
            return;
        }

        var train = model.Train;
        AnsiConsole.MarkupLineInterpolated($"[bold]train[/]: {train.Status} - {train.Message}");
        foreach (var attempt in train.Attempts)
        {
            var adjustment = attempt.Adjustment is null ? string.Empty : $" ({attempt.Adjustment})";
            AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
                "  attempt {0}: from {1}, {2} iterations, max seq {3}, batch {4}: {5}{6}",
                attempt.Attempt,
                attempt.ResumedFrom,
                attempt.Iterations,
                attempt.MaxSeqLength,
                attempt.BatchSize,
                attempt.Outcome,
                adjustment));
        }

        if (train.LossCurveCsv is not null)
        {
            var png = train.LossCurvePng is null ? string.Empty : $", {train.LossCurvePng}";
            AnsiConsole.MarkupLineInterpolated($"  loss curve: {train.LossCurveCsv}{png}");
        }

        if (model.Comparison is { } comparison)
        {
            var table = new Table().AddColumns(
                "candidate", "val loss", "samples", "parse rate", "raw compliance", "served recipes",
                "served compliance", "p50 ms", "tok/s", "note");
            foreach (var c in comparison.Candidates)
            {
                table.AddRow(
                    Markup.Escape(c.Candidate.Name + (c.Candidate.Name == comparison.Best ? " *" : string.Empty)),
                    c.Candidate.ValLoss?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-",
                    c.Overall.Samples.ToString(CultureInfo.InvariantCulture),
                    P(c.Overall.ParseRate),
                    P(c.Overall.RawCompliance),
                    c.Overall.ServedRecipes.ToString(CultureInfo.InvariantCulture),
                    P(c.Overall.ServedCompliance),
                    c.LatencyP50Ms.ToString("0", CultureInfo.InvariantCulture),
                    c.TokensPerSecond.ToString("0", CultureInfo.InvariantCulture),
                    Markup.Escape(c.Error is { Length: > 40 } e ? e[..40] + "..." : c.Error ?? string.Empty));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated(
                $"  (* best: raw compliance, then val loss)  {comparison.HtmlPath}  {comparison.JsonPath}");
        }

        var p = model.Promotion;
        var entry = p.EntryId is null ? string.Empty : $" {p.EntryId}";
        var decidedBy = p.DecidedBy is null ? string.Empty : $" (decided by {p.DecidedBy})";
        var registry = p.Registry is null ? string.Empty : $" -> {p.Registry.RegistryPath}";
        AnsiConsole.MarkupLineInterpolated($"[bold]promote[/]: {p.Status}{entry}{decidedBy}{registry}");
    }

    private static string P(double? value) => value is { } v ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";
}

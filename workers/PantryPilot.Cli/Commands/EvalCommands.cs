using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using PantryPilot.Hosting;
using PantryPilot.Inference.Evaluation;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot eval compliance`: dietary compliance of the recipe pipeline, overall and per tag.</summary>
public static class EvalCommands
{
    public static Command Build()
    {
        var command = new Command("eval", "Evaluate the recipe model: dietary compliance per tag, latency, tokens/s.");
        command.Subcommands.Add(BuildCompliance());
        return command;
    }

    private static Command BuildCompliance()
    {
        var requests = new Option<FileInfo>("--requests")
        {
            Description = "JSONL request file (see inference-worker/requests/compliance-requests.jsonl)",
            Required = true
        };
        var model = new Option<string?>("--model")
        {
            Description = "Model folder with genai_config.json (default: Inference:ModelPath, PANTRYPILOT_MODEL_PATH, "
                + "../shared/models/tiny-gpt2)"
        };
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for compliance_cases.csv, compliance_by_tag.csv, compliance_report.html, "
                + "results.jsonl",
            DefaultValueFactory = _ => new DirectoryInfo("compliance-report")
        };
        var provider = new Option<string?>("--provider")
        {
            Description = "auto | cpu | cuda | coreml (default: Inference:Provider)"
        };
        var limit = new Option<int?>("--limit") { Description = "Only the first N requests" };
        var maxTokens = new Option<int?>("--max-tokens") { Description = "Override every request's max_tokens" };
        var command = new Command(
            "compliance",
            "Run compliance requests through the GenerateRecipe pipeline in-process and report violations "
            + "(must be 0).");
        command.Options.Add(requests);
        command.Options.Add(model);
        command.Options.Add(outDir);
        command.Options.Add(provider);
        command.Options.Add(limit);
        command.Options.Add(maxTokens);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = InferenceServiceCollectionExtensions.ReadOptions(CliConfiguration.Load());
            options.ModelPath = parseResult.GetValue(model) ?? options.ModelPath;
            options.Provider = parseResult.GetValue(provider) ?? options.Provider;
            var file = parseResult.GetValue(requests)!;
            if (!file.Exists)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]requests file '{file.FullName}' does not exist[/]");
                return ExitCodes.BadInput;
            }

            try
            {
                return await RunAsync(
                    file,
                    parseResult.GetValue(outDir)!,
                    parseResult.GetValue(limit),
                    parseResult.GetValue(maxTokens),
                    options,
                    cancellationToken);
            }
            catch (Exception ex) when (ex is FormatException or FileNotFoundException or InvalidOperationException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]eval compliance: {ex.Message}[/]");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(
        FileInfo file,
        DirectoryInfo outDir,
        int? limit,
        int? maxTokens,
        InferenceOptions options,
        CancellationToken cancellationToken)
    {
        // A bad line fails that request only: it is reported with file, line and field; the rest still run.
        var lines = new List<ComplianceRequestLine>();
        await foreach (var line in ComplianceRequestFile.ReadLinesAsync(file.FullName, cancellationToken))
        {
            lines.Add(line);
        }

        if (limit is { } n)
        {
            lines = lines.Take(n).ToList();
        }

        var cases = lines.Where(l => l.Case is not null).Select(l => l.Case!).ToList();
        if (maxTokens is { } tokens)
        {
            cases = cases.Select(c => c with { Input = c.Input with { MaxTokens = tokens } }).ToList();
        }

        var invalid = lines.Where(l => l.Case is null)
            .Select(l => ComplianceCaseResult.Invalid($"{file.Name}:{l.Line}", l.Error!))
            .ToList();
        foreach (var bad in invalid)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]invalid request: {bad.Reason}[/]");
        }

        using var host = RecipeModelHost.Load(options);
        AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
            "model [bold]{0}[/] on [bold]{1}[/] ({2}); guidance {3}: {4}",
            host.ModelPath,
            host.Provider,
            host.ProviderNote,
            host.Guidance.Enabled ? "on" : "off",
            host.Guidance.Reason));
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TemporalOptions.Keys.Address)))
        {
            AnsiConsole.MarkupLine(
                "[yellow]TEMPORAL_ADDRESS is set, but eval runs the activity code in-process only; "
                + "start pantrypilot-inference to serve the queue.[/]");
        }

        var evaluator = new ComplianceEvaluator(new RecipeGenerator(host, options));
        var results = new List<ComplianceCaseResult>(cases.Count);
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("requests", maxValue: cases.Count);
            foreach (var testCase in cases)
            {
                results.Add(await evaluator.RunAsync(testCase, cancellationToken));
                task.Increment(1);
            }
        });

        results.AddRange(invalid);
        var summary = ComplianceSummary.From(results);
        var header = $"{file.Name}: {results.Count} requests; model {host.ModelPath} ({host.Provider}); "
            + $"{DateTime.UtcNow:u}";
        var written = await ComplianceReportWriter.WriteAsync(
            outDir.FullName, results, summary, header, cancellationToken);
        Print(summary);
        foreach (var path in written)
        {
            AnsiConsole.MarkupLineInterpolated($"wrote [bold]{path}[/]");
        }

        AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
            "judges: (a) classifier {0} violations; (b) traps {1} leaked to the model, {2} in recipes; "
            + "(c) word lists {3} flagged; {4} (a)/(c) disagreements; {5} invalid request lines; {6} pantries trimmed",
            summary.Overall.Violations,
            summary.Overall.TrapsLeaked,
            summary.TrapsInRecipe,
            summary.IndependentViolations,
            summary.Disagreements,
            summary.InvalidRequests,
            summary.TrimmedRequests));

        var served = summary.Overall.Recipes;
        AnsiConsole.MarkupLineInterpolated(
            CultureInfo.InvariantCulture,
            FormattableStringFactory.Create(
                "served: {0} of {1} requests returned a recipe ({2:F0} %); only those are judged",
                served,
                cases.Count,
                cases.Count == 0 ? 0 : 100.0 * served / cases.Count));

        // A violation by any judge, a trap that reached the model or a recipe, or an unreadable request fails the run.
        if (!summary.Clean)
        {
            return ExitCodes.DataLost;
        }

        // "0 violations" over no recipe at all measures nothing: say so and fail, rather than pass vacuously.
        if (cases.Count > 0 && served == 0)
        {
            // An int is the only value, so plain markup writes the same text as the interpolated call did.
            AnsiConsole.MarkupLine(
                $"[red]nothing to judge:[/] none of the {cases.Count} requests returned a recipe (reasons above); "
                + "the judges (a) and (c) saw nothing. A token limit too small for a whole recipe (max_tokens, "
                + "--max-tokens) is the usual cause");
            return ExitCodes.Stopped;
        }

        return ExitCodes.Ok;
    }

    private static void Print(ComplianceSummary summary)
    {
        var table = new Table().AddColumns(
            "tag", "cases", "recipes", "violations", "no recipe", "errors", "traps leaked", "compliance");
        foreach (var s in summary.PerTag.Append(summary.Overall))
        {
            table.AddRow(
                Markup.Escape(s.Tag),
                s.Cases.ToString(CultureInfo.InvariantCulture),
                s.Recipes.ToString(CultureInfo.InvariantCulture),
                s.Violations == 0 ? "0" : $"[red]{s.Violations}[/]",
                s.NoRecipe.ToString(CultureInfo.InvariantCulture),
                s.Errors.ToString(CultureInfo.InvariantCulture),
                s.TrapsLeaked == 0 ? "0" : $"[red]{s.TrapsLeaked}[/]",
                Markup.Escape(ComplianceReportWriter.Percent(s.Compliance)));
        }

        AnsiConsole.Write(table);
        foreach (var (reason, count) in summary.NoRecipeReasons.OrderByDescending(x => x.Value))
        {
            AnsiConsole.MarkupLineInterpolated($"no recipe: {count} x {reason}");
        }

        AnsiConsole.MarkupLineInterpolated(
            CultureInfo.InvariantCulture,
            FormattableStringFactory.Create(
                "latency p50 {0:F1} ms, p95 {1:F1} ms; {2:F0} tokens/s; {3} violations rejected in the worker",
                summary.LatencyP50Ms,
                summary.LatencyP95Ms,
                summary.TokensPerSecond,
                summary.ViolationsRejected));
    }
}

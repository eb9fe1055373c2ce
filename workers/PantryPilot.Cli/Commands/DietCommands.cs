using System.CommandLine;
using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.Ontology.Measurement;

namespace PantryPilot.Cli.Commands;

/// <summary><c>pantrypilot diet</c>: classify names (stdin → stdout), check a dietary profile, score labelled
/// lists.</summary>
public static class DietCommands
{
    public static Command Build()
    {
        var command = new Command(
            "diet",
            "Dietary safety: classify ingredient names against constraints and allergies.");
        command.Subcommands.Add(BuildClassify());
        command.Subcommands.Add(BuildProfile());
        command.Subcommands.Add(BuildScore());
        return command;
    }

    private static Option<string> ConstraintsOption(bool required)
    {
        var option = new Option<string>("--constraints")
        {
            Description = $"Comma-separated constraints: {DietaryConstraints.SupportedTags} "
                + "(synonyms such as 'dairy free', 'non-dairy', 'GLUTEN_FREE', 'ketogenic' work)",
            Required = required,
        };
        if (!required)
        {
            option.DefaultValueFactory = _ => string.Empty;
        }

        return option;
    }

    private static Option<string?> AllergiesOption() =>
        new("--allergies") { Description = "Free-text allergies, e.g. \"shellfish allergy, tree nuts, kiwi\"" };

    private static Command BuildClassify()
    {
        // Optional: a household with only an allergy classifies with --allergies alone.
        var constraints = ConstraintsOption(required: false);
        var allergies = AllergiesOption();
        var format = new Option<string>("--format") { Description = "csv | json", DefaultValueFactory = _ => "csv" };
        var lenient = new Option<bool>("--lenient")
        {
            Description = "Count 'may contain' (animal rennet, fish in curry paste) as allowed"
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Add how each name was read: its words, and what each word or phrase gave (a 'parse' column "
                + "or field)"
        };
        var command = new Command(
            "classify",
            "Read ingredient names from stdin (one per line) and write name,<constraint>...,explanation as CSV (or "
            + "JSON), in input order.");
        command.Options.Add(constraints);
        command.Options.Add(allergies);
        command.Options.Add(format);
        command.Options.Add(lenient);
        command.Options.Add(explain);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var formatValue = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (formatValue is not ("csv" or "json"))
            {
                await Console.Error.WriteLineAsync($"diet classify: --format must be csv or json, got '{formatValue}'");
                return ExitCodes.BadInput;
            }

            if (string.IsNullOrWhiteSpace(parse.GetValue(constraints))
                && string.IsNullOrWhiteSpace(parse.GetValue(allergies)))
            {
                await Console.Error.WriteLineAsync(
                    "diet classify: give --constraints, --allergies or both (nothing to classify against)");
                return ExitCodes.BadInput;
            }

            var reading = ReadProfile(parse.GetValue(constraints)!, parse.GetValue(allergies));
            if (!await ReportAsync("diet classify", reading))
            {
                return ExitCodes.BadInput;
            }

            var policy = new DietaryPolicy(reading.Request!, parse.GetValue(lenient));

            // UTF-8 both ways whatever the terminal's locale: names carry accents ("jalapeño", "crème fraîche").
            using var stdin = new StreamReader(Console.OpenStandardInput(), System.Text.Encoding.UTF8);
            await using var stdout = new StreamWriter(
                Console.OpenStandardOutput(),
                new System.Text.UTF8Encoding(false));
            await ClassificationWriter.WriteAsync(
                stdin,
                stdout,
                policy,
                formatValue == "json",
                parse.GetValue(explain),
                cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildProfile()
    {
        var constraints = ConstraintsOption(required: false);
        var allergies = AllergiesOption();
        var command = new Command(
            "profile",
            "Check a dietary profile as the guard will read it: the constraints and allergies it understood, "
            + "each correction it made, or why it refuses an entry (exit 2).");
        command.Options.Add(constraints);
        command.Options.Add(allergies);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var reading = ReadProfile(parse.GetValue(constraints)!, parse.GetValue(allergies));
            if (!await ReportAsync("diet profile", reading))
            {
                return ExitCodes.BadInput;
            }

            var request = reading.Request!;
            var constraintText = request.Constraints.Count == 0
                ? "none"
                : string.Join(", ", request.Constraints.Select(c => c.Tag()));
            await Console.Out.WriteLineAsync($"constraints: {constraintText}");
            foreach (var constraint in request.Constraints)
            {
                await Console.Out.WriteLineAsync(
                    $"  {constraint.Tag()}: forbids {DietaryConstraints.Forbidden(constraint)}");
            }

            var allergyText = request.Allergies.Count == 0
                ? "none"
                : string.Join(", ", request.Allergies.Select(a => a.Text));
            await Console.Out.WriteLineAsync($"allergies: {allergyText}");
            foreach (var allergy in request.Allergies)
            {
                var foods = allergy.Foods.Count > 0 ? $"the food '{string.Join("', '", allergy.Foods)}'" : string.Empty;
                var groups = allergy.Traits != IngredientTraits.None ? allergy.Traits.ToString() : string.Empty;
                await Console.Out.WriteLineAsync(
                    $"  {allergy.Label}: forbids "
                    + $"{string.Join(" and ", new[] { groups, foods }.Where(s => s.Length > 0))}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildScore()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Labelled lists: name,rule,expected (expected: forbidden or allowed; rule: "
                + "a constraint or allergy:<text>)",
            Arity = ArgumentArity.OneOrMore
        };
        var misses = new Option<bool>("--show-misses")
        {
            Description = "List every forbidden pair allowed and every safe pair not allowed (never on a held-out "
                + "list you tune on)"
        };
        var command = new Command(
            "score",
            "Measure the guard on labelled name lists: forbidden pairs called allowed (must be 0), "
            + "safe pairs allowed, names unknown for every constraint. Exit 4 when a forbidden pair is allowed.");
        command.Arguments.Add(files);
        command.Options.Add(misses);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var all = new List<LabelledPair>();
            foreach (var file in parse.GetValue(files)!)
            {
                IReadOnlyList<LabelledPair> pairs;
                try
                {
                    pairs = LabelledPairReader.ReadFile(file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
                {
                    await Console.Error.WriteLineAsync($"diet score: {file}: {ex.Message}");
                    return ExitCodes.BadInput;
                }

                all.AddRange(pairs);
                await Console.Out.WriteLineAsync($"{file}: {GuardMeasurement.Measure(pairs).Summary}");
            }

            var figures = GuardMeasurement.Measure(all);
            await Console.Out.WriteLineAsync($"all: {figures.Summary}");
            if (parse.GetValue(misses))
            {
                foreach (var line in figures.Leaks
                    .Select(l => "forbidden but allowed: " + l)
                    .Concat(figures.SafeMisses.Select(m => "safe but not allowed: " + m)))
                {
                    await Console.Out.WriteLineAsync("  " + line);
                }
            }

            return figures.ForbiddenCalledAllowed == 0 ? ExitCodes.Ok : ExitCodes.Stopped;
        });
        return command;
    }

    private static DietProfileReading ReadProfile(string constraints, string? allergies) =>
        DietProfileReader.Read(
            constraints.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            string.IsNullOrWhiteSpace(allergies) ? [] : [allergies]);

    /// <summary>Writes every correction and every error to stderr; false when the profile cannot be used.</summary>
    private static async Task<bool> ReportAsync(string command, DietProfileReading reading)
    {
        foreach (var note in reading.Notes)
        {
            await Console.Error.WriteLineAsync(
                $"{command}: --{note.Field}: '{note.Written}' read as '{note.ReadAs}' (the only word that near)");
        }

        foreach (var error in reading.Errors)
        {
            await Console.Error.WriteLineAsync($"{command}: --{error.Field}: {error.Message}");
        }

        return reading.IsValid;
    }
}

using System.CommandLine;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Cli.Commands;

/// <summary><c>pantrypilot diet classify</c>: ingredient names on stdin, one verdict per constraint on stdout.</summary>
public static class DietCommands
{
    public static Command Build()
    {
        var command = new Command("diet", "Dietary safety: classify ingredient names against constraints and allergies.");
        command.Subcommands.Add(BuildClassify());
        return command;
    }

    private static Command BuildClassify()
    {
        var constraints = new Option<string>("--constraints")
        {
            Description = $"Comma-separated constraints: {DietaryConstraints.SupportedTags} (synonyms such as 'dairy free', 'non-dairy', 'GLUTEN_FREE' work)",
            Required = true,
        };
        var allergies = new Option<string?>("--allergies") { Description = "Free-text allergies, e.g. \"shellfish allergy, tree nuts, kiwi\"" };
        var format = new Option<string>("--format") { Description = "csv | json", DefaultValueFactory = _ => "csv" };
        var lenient = new Option<bool>("--lenient") { Description = "Count 'may contain' (animal rennet, fish in curry paste) as allowed" };
        var command = new Command("classify", "Read ingredient names from stdin (one per line) and write name,<constraint>...,explanation as CSV (or JSON), in input order.");
        command.Options.Add(constraints);
        command.Options.Add(allergies);
        command.Options.Add(format);
        command.Options.Add(lenient);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var formatValue = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (formatValue is not ("csv" or "json"))
            {
                await Console.Error.WriteLineAsync($"diet classify: --format must be csv or json, got '{formatValue}'");
                return ExitCodes.BadInput;
            }

            DietaryPolicy policy;
            try
            {
                var names = parse.GetValue(constraints)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var allergyText = parse.GetValue(allergies);
                policy = DietaryPolicy.Parse(names, string.IsNullOrWhiteSpace(allergyText) ? [] : [allergyText], parse.GetValue(lenient));
            }
            catch (DietaryRequestException ex)
            {
                await Console.Error.WriteLineAsync($"diet classify: --{(ex.Field == "constraints" ? "constraints" : "allergies")}: {ex.Message}");
                return ExitCodes.BadInput;
            }

            // UTF-8 both ways whatever the terminal's locale: names carry accents ("jalapeño", "crème fraîche").
            using var stdin = new StreamReader(Console.OpenStandardInput(), System.Text.Encoding.UTF8);
            await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false));
            await ClassificationWriter.WriteAsync(stdin, stdout, policy, formatValue == "json", cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}

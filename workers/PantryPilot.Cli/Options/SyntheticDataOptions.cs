using System.CommandLine;
using System.Globalization;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;

namespace PantryPilot.Cli.Options;

/// <summary>The synthetic-data options, declared once for every command that generates data (`generate`, `db load
/// --synthetic`, `pipeline run|start|schedule apply --source synthetic`): the same names, defaults
/// (<see cref="SyntheticOptions"/>'s) and checks everywhere.</summary>
/// <param name="context">Appended to each description: when the option applies (e.g. "with --synthetic").</param>
public sealed class SyntheticDataOptions(string? context = null)
{
    private static readonly SyntheticOptions Defaults = new();

    public Option<int> Users { get; } = new("--users")
    {
        Description = Describe("Households to generate", context),
        DefaultValueFactory = _ => Defaults.Users,
    };

    public Option<int> ItemsPerUser { get; } = new("--items-per-user")
    {
        Description = Describe("Inventory rows per household", context),
        DefaultValueFactory = _ => Defaults.ItemsPerUser,
    };

    public Option<int> PurchasesPerUser { get; } = new("--purchases-per-user")
    {
        Description = Describe("Purchase rows per household", context),
        DefaultValueFactory = _ => Defaults.PurchasesPerUser,
    };

    public Option<int> Seed { get; } = new("--seed")
    {
        Description = Describe("Random seed (same seed, same data)", context),
        DefaultValueFactory = _ => Defaults.Seed,
    };

    public Option<double> FaultRate { get; } = new("--fault-rate")
    {
        Description = Describe("Share of rows (0..1) given one injected data-quality fault", context),
        DefaultValueFactory = _ => Defaults.FaultRate,
    };

    /// <summary>Every option, in the order help lists them.</summary>
    public IReadOnlyList<Option> All => [Users, ItemsPerUser, PurchasesPerUser, Seed, FaultRate];

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The values, checked; throws <see cref="ArgumentException"/> with the message for the
    /// operator.</summary>
    public SyntheticOptions Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        foreach (var option in new[] { Users, ItemsPerUser, PurchasesPerUser })
        {
            if (parse.GetValue(option) < 0)
            {
                throw new ArgumentException($"{option.Name} {parse.GetValue(option)} must not be negative");
            }
        }

        var rate = parse.GetValue(FaultRate);
        if (rate is < 0 or > 1 || double.IsNaN(rate))
        {
            var shown = rate.ToString(CultureInfo.InvariantCulture);
            throw new ArgumentException($"{FaultRate.Name} {shown} must be between 0 and 1");
        }

        return new SyntheticOptions(
            parse.GetValue(Users),
            parse.GetValue(ItemsPerUser),
            parse.GetValue(PurchasesPerUser),
            parse.GetValue(Seed),
            rate);
    }

    /// <summary>The generator's settings for these values and the data's reference day (null: today, UTC).</summary>
    public GeneratorSettings ToSettings(ParseResult parse, DateOnly? asOf)
    {
        var s = Read(parse);
        return new GeneratorSettings(s.Users, s.ItemsPerUser, s.PurchasesPerUser, s.Seed, s.FaultRate, asOf);
    }

    private static string Describe(string what, string? context) => context is null ? what : $"{what} ({context})";
}

using PantryPilot.Contracts.Households;
using PantryPilot.Domain.Households;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Activities.Households;

/// <summary>The household contract's rules over the domain: units and quantities (<see cref="StockInput"/>), stock use
/// (<see cref="StockLedger"/>), profiles (<see cref="ProfileRules"/>) and the one ingredient lookup. The workflow's
/// validators and the activities use this same instance, so they cannot disagree.</summary>
public sealed class HouseholdRules(Func<string, IReadOnlyList<string>, ItemChoice>? lookup = null) : IHouseholdRules
{
    private readonly Func<string, IReadOnlyList<string>, ItemChoice> lookup = lookup ?? IdentityItemLookup.Find;

    public static HouseholdRules Default { get; } = new();

    public ProfileReading ReadProfile(HouseholdProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var read =
            ProfileRules.Read(
                new ProfileText(profile.Diets, profile.Allergies, profile.Dislikes, profile.Cuisines,
                    profile.HouseholdSize, profile.TimeZone));
        if (read.Problem is { } problem)
        {
            return new ProfileReading(null, [], [], Map(problem));
        }

        if (!Enum.IsDefined(profile.Units))
        {
            return new ProfileReading(null, [], [],
                new(HouseholdErrors.InvalidProfile, $"units: {(int)profile.Units} is not metric or imperial"));
        }

        var text = read.Profile!;
        var cleaned =
            new HouseholdProfile(List(text.Diets), List(text.Allergies), List(text.Dislikes), List(text.Cuisines),
                text.HouseholdSize, profile.Units, text.TimeZone!);
        return new ProfileReading(cleaned, read.Effective.Select(d => d.Tag()).ToList(), read.Notes, null);
    }

    public HouseholdProblem? CheckPurchase(IReadOnlyList<PurchaseLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count > StockLimits.MaxLinesPerUpdate)
        {
            return new(HouseholdErrors.TooManyLines,
                $"lines: {lines.Count:N0} lines (limit {StockLimits.MaxLinesPerUpdate} per update)");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var field = $"lines[{i}]";
            if (line is null)
            {
                return new(HouseholdErrors.InvalidRequest, $"{field}: empty line");
            }

            if ((StockInput.CheckName(line.Name, $"{field}.name")
                ?? StockInput.ReadAmount(line.Quantity, line.Unit, field).Problem) is { } problem)
            {
                return Map(problem);
            }

            if (line.Price is { } price && (!double.IsFinite(price) || price < 0 || price > 1_000_000))
            {
                return new(HouseholdErrors.InvalidQuantity, $"{field}.price: {price} is not a price (0 to 1,000,000)");
            }
        }

        return null;
    }

    public UsePlan PlanUse(IReadOnlyList<PantryLot> lots, IReadOnlyList<StockLine> lines, UseMode mode)
    {
        ArgumentNullException.ThrowIfNull(lots);
        ArgumentNullException.ThrowIfNull(lines);
        var plan = StockLedger.Plan(
            lots.Select(ToDomain).ToList(),
            lines.Select(l => l is null ? null! : new UseLine(l.Name, l.Quantity, l.Unit)).ToList(),
            allOrNothing: mode == UseMode.AllOrNothing,
            lookup);
        var changes =
            plan.Uses.Select(
                u => new LotChange(u.Lot.Id, u.Lot.Name, u.Lot.Unit, u.Lot.Quantity, u.After, u.Lot.Expires)).ToList();
        var missing = plan.Shortfalls.Select(s => new MissingLine(s.Name, s.Wanted, s.Unit, s.Available, s.Reason))
            .ToList();
        return new UsePlan(changes, missing, plan.Problem is { } problem ? Map(problem) : null);
    }

    public IReadOnlyList<PantryItemView> Summarize(IReadOnlyList<PantryLot> lots)
    {
        ArgumentNullException.ThrowIfNull(lots);
        return PantrySummary.Summarize(lots.Select(ToDomain))
            .Select(i => new PantryItemView(i.Name, i.Quantity, i.Unit, i.Lots, i.EarliestExpiry))
            .ToList();
    }

    /// <summary>The item a name refers to among <paramref name="candidates"/> (the one lookup every household path
    /// uses).</summary>
    public ItemChoice Find(string name, IReadOnlyList<string> candidates) => lookup(name, candidates);

    public static StockLot ToDomain(PantryLot lot)
    {
        ArgumentNullException.ThrowIfNull(lot);
        return new StockLot(lot.LotId, lot.Name, lot.Quantity, lot.Unit, lot.Expires);
    }

    public static HouseholdProblem Map(StockProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var type = problem.Kind switch
        {
            StockProblemKind.UnknownItem => HouseholdErrors.UnknownItem,
            StockProblemKind.InsufficientStock => HouseholdErrors.InsufficientStock,
            StockProblemKind.UnknownUnit => HouseholdErrors.UnknownUnit,
            StockProblemKind.IncompatibleUnit => HouseholdErrors.IncompatibleUnit,
            StockProblemKind.InvalidQuantity => HouseholdErrors.InvalidQuantity,
            StockProblemKind.InvalidName => HouseholdErrors.InvalidName,
            StockProblemKind.TooManyLines => HouseholdErrors.TooManyLines,
            _ => HouseholdErrors.InvalidProfile,
        };
        return new HouseholdProblem(type, problem.Message);
    }

    private static List<string> List(IReadOnlyList<string?>? values) => (values ?? []).Select(v => v!).ToList();
}

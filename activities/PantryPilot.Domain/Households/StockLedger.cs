using System.Globalization;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Households;

/// <summary>Takes amounts from a household's stock lots: each line finds its item (through the one ingredient lookup),
/// converts between units of a family (kg from a lot in g, cups from one in ml), and empties the soonest-expiring lot
/// first (then the oldest). Nothing ever goes below zero. All-or-nothing (consume, discard) refuses the whole use when
/// one line cannot be met; up-to-zero (cook) takes what is there and reports the rest as shortfalls.</summary>
public static class StockLedger
{
    public static UsePlanResult Plan(
        IReadOnlyList<StockLot> lots,
        IReadOnlyList<UseLine> lines,
        bool allOrNothing,
        Func<string, IReadOnlyList<string>, ItemChoice> lookup)
    {
        ArgumentNullException.ThrowIfNull(lots);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(lookup);
        if (lines.Count > StockLimits.MaxLinesPerUpdate)
        {
            return Refuse(new(
                StockProblemKind.TooManyLines,
                $"lines: {lines.Count} lines (limit {StockLimits.MaxLinesPerUpdate} per update)"));
        }

        var open = lots.Where(l => l.Quantity > StockLimits.Epsilon)
            .OrderBy(l => l.Expires ?? DateOnly.MaxValue)
            .ThenBy(l => l.Id)
            .ToList();
        var names = open.Select(l => l.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var left = open.ToDictionary(l => l.Id, l => l.Quantity);
        var shortfalls = new List<Shortfall>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var field = $"lines[{i}]";
            if (line is null)
            {
                return Refuse(new(StockProblemKind.InvalidName, $"{field}: empty line"));
            }

            var (amount, problem) = ReadLine(line, field);
            if (problem is not null)
            {
                return Refuse(problem);
            }

            var shortfall = Take(line, i, amount!.Value, open, names, left, lookup, out problem);
            if (allOrNothing && problem is not null)
            {
                return Refuse(problem);
            }

            if (shortfall is not null)
            {
                shortfalls.Add(shortfall);
            }
        }

        var uses = open.Where(l => left[l.Id] != l.Quantity).Select(l => new LotUse(l, left[l.Id])).ToList();
        return new UsePlanResult(uses, shortfalls, null);
    }

    private static (CanonicalAmount? Amount, StockProblem? Problem) ReadLine(UseLine line, string field) =>
        StockInput.CheckName(line.Name, $"{field}.name") is { } bad
            ? (null, bad)
            : StockInput.ReadAmount(line.Quantity, line.Unit, field);

    /// <summary>Takes one line from the lots of its item; returns what could not be taken (and, for all-or-nothing, the
    /// problem that refuses the use).</summary>
    private static Shortfall? Take(
        UseLine line,
        int index,
        CanonicalAmount amount,
        List<StockLot> open,
        List<string> names,
        Dictionary<long, double> left,
        Func<string, IReadOnlyList<string>, ItemChoice> lookup,
        out StockProblem? problem)
    {
        var field = $"lines[{index}]";
        var choice = lookup(line.Name, names);
        if (choice.Index is not { } chosen)
        {
            problem = new(StockProblemKind.UnknownItem, $"{field}.name: {choice.Reason}");
            return new Shortfall(index, line.Name, line.Quantity, line.Unit, 0, choice.Reason);
        }

        var item = names[chosen];
        var spellings = choice.Indexes.Select(i => names[i]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lotsOfItem = open.Where(l => spellings.Contains(l.Name.Trim())).ToList();
        var convertible = lotsOfItem.Where(l => StockInput.LotAmount(l) is { } a && a.Unit == amount.Unit).ToList();
        if (convertible.Count == 0)
        {
            var units = string.Join(", ", lotsOfItem.Select(l => l.Unit).Distinct(StringComparer.OrdinalIgnoreCase));
            var reason = $"'{item}' is kept in {units}; {Format(line.Quantity)} {line.Unit} ({amount.Unit.Symbol()}) "
                + "does not convert";
            problem = new(StockProblemKind.IncompatibleUnit, $"{field}.unit: {reason}");
            return new Shortfall(index, line.Name, line.Quantity, line.Unit, 0, reason);
        }

        var available = convertible.Sum(l => left[l.Id] * StockInput.LotAmount(l)!.Value.Factor);
        var want = amount.Value;
        if (available + StockLimits.Epsilon < want)
        {
            var reason = $"{Format(line.Quantity)} {line.Unit} of '{item}' wanted, {Format(available / amount.Factor)} "
                + $"{line.Unit} in the pantry";
            problem = new(StockProblemKind.InsufficientStock, $"{field}: {reason}");
        }
        else
        {
            problem = null;
        }

        foreach (var lot in convertible)
        {
            var factor = StockInput.LotAmount(lot)!.Value.Factor;
            var inLot = left[lot.Id] * factor;
            var taken = Math.Min(want, inLot);
            var rest = (inLot - taken) / factor;
            left[lot.Id] = rest * factor < StockLimits.Epsilon ? 0 : Math.Round(rest, 6);
            want -= taken;
            if (want <= StockLimits.Epsilon)
            {
                return null;
            }
        }

        return new Shortfall(
            index,
            line.Name,
            line.Quantity,
            line.Unit,
            Math.Round(available / amount.Factor, 6),
            $"only {Format(available / amount.Factor)} {line.Unit} of '{item}' in the pantry");
    }

    private static UsePlanResult Refuse(StockProblem problem) => new([], [], problem);

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

using System.Globalization;
using PantryPilot.Domain.Ingredients;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Receipts;

/// <summary>
/// Turns a receipt into purchase lines for one household. The receipt must reconcile (<see cref="ReceiptReconciler"/>)
/// or it is set aside whole. Each line is then read:
/// <list type="bullet">
/// <item>voids, discounts and refunds move money, not stock;</item>
/// <item>non-food (bags, cigarettes, soap) and served food and drink (dishes, coffee, a pastry from the counter) are
///   "not a pantry item", by the words of <see cref="ReceiptVocabulary"/>; so is food on a café or restaurant receipt
///   that prints no pack size (a shop receipt is one without a service charge where at least one line in three prints
///   a pack size or weight; the other lines of a shop receipt are groceries);</item>
/// <item>a line no word of which the ontology knows as a food is not recognised, never guessed into one;</item>
/// <item>a grocery goes through the one ingredient-identity matcher (<see cref="IngredientMatcher"/>, which expands the
///   ontology's receipt abbreviations) against the household's items: matched, ambiguous, or none of them;</item>
/// <item>its amount is count x the printed pack size (or the weight of a weighed line); without a pack size, the count
///   in pieces, which only an item counted in pieces can take.</item>
/// </list>
/// Every line gets one fate; lines in = applied + set aside.
/// </summary>
public sealed class ReceiptIntake(
    ReceiptReconciler? reconciler = null,
    IngredientMatcher? matcher = null,
    PackSizeReader? packs = null,
    ReceiptVocabulary? vocabulary = null)
{
    private const double ShopShare = 1.0 / 3;

    private readonly ReceiptReconciler reconciler = reconciler ?? ReceiptReconciler.Default;
    private readonly IngredientMatcher matcher = matcher ?? IngredientMatcher.Default;
    private readonly PackSizeReader packs = packs ?? PackSizeReader.Default;
    private readonly ReceiptVocabulary vocabulary = vocabulary ?? ReceiptVocabulary.Default;

    public static ReceiptIntake Default { get; } = new();

    public ReceiptPlan Plan(ReceiptReading reading, IReadOnlyList<ReceiptItem> items)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Receipt is { } receipt
            ? Plan(receipt, items)
            : ReceiptPlan.Unreadable(reading.Problem ?? "not read");
    }

    public ReceiptPlan Plan(Receipt receipt, IReadOnlyList<ReceiptItem> items)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(items);
        var reconciliation = reconciler.Reconcile(receipt);
        var readings = receipt.Lines.Select(l => (Line: l, Size: Size(l))).ToList();
        var itemLines = readings.Where(r => reconciliation.Lines[r.Line.Number - 1].Role == LineRole.Item).ToList();
        var sized = itemLines.Count(r => r.Size.Size is not null);
        var serviceCharged = receipt.Totals.Service is not null
            && MoneyText.Read(receipt.Totals.Service) is { Value: > 0 };
        var shop = !serviceCharged && sized > 0 && sized >= ShopShare * itemLines.Count;
        var names = items.Select(i => i.Name).ToList();

        var fates = new List<ReceiptLineFate>();
        var purchases = new List<ReceiptPurchase>();
        foreach (var (line, (size, bare)) in readings)
        {
            var amount = reconciliation.Lines[line.Number - 1];
            var fate = Fate(line, amount, size, bare, shop, items, names, reconciliation);
            if (fate.Outcome == ReceiptLineOutcome.Matched && reconciliation.Reconciles)
            {
                fate = fate with { Applied = true };
                purchases.Add(
                    new ReceiptPurchase(
                        line.Number,
                        fate.Item!,
                        fate.Quantity!.Value,
                        fate.Unit!,
                        Math.Max(0, fate.Price)));
            }

            fates.Add(fate);
        }

        if (!reconciliation.Reconciles)
        {
            return new ReceiptPlan(
                ReceiptOutcome.SetAside,
                $"set aside whole, nothing applied: {reconciliation.Reason}",
                reconciliation,
                fates,
                []);
        }

        var outcome = purchases.Count > 0 ? ReceiptOutcome.Applied : ReceiptOutcome.NothingToApply;
        var counts = $"{purchases.Count} of {fates.Count} lines are purchases of the household's items";
        return new ReceiptPlan(
            outcome,
            $"reconciled: {reconciliation.Reason}; {counts}",
            reconciliation,
            fates,
            purchases);
    }

    private (PackSize? Size, string Bare) Size(ReceiptLine line)
    {
        var (size, bare) = packs.Read(line.Name);
        return (size ?? packs.Weight(line.UnitPrice), bare);
    }

    private ReceiptLineFate Fate(
        ReceiptLine line, LineAmount amount, PackSize? size, string bare, bool shop, IReadOnlyList<ReceiptItem> items,
        IReadOnlyList<string> names, ReceiptReconciliation reconciliation)
    {
        var price = Math.Round(amount.Role == LineRole.Item ? amount.PaidAfterVoids : amount.Net, 6);
        ReceiptLineFate Kept(ReceiptLineOutcome outcome, string reason) =>
            NoStock(line, amount, price, outcome, reason);

        if (line.Problem is { } problem)
        {
            return Kept(ReceiptLineOutcome.NotRecognised, problem);
        }

        switch (amount.Role)
        {
            case LineRole.Discount:
                return Kept(
                    ReceiptLineOutcome.Discount,
                    $"not a pantry item: a discount line ({Money(amount.Net, reconciliation)})");
            case LineRole.Refund:
                return Kept(ReceiptLineOutcome.Refund, "not a pantry item: " + string.Join("; ", amount.Notes));
        }

        var words = vocabulary.Without(ReceiptVocabulary.Fold(line.Name), ReceiptWordKind.Void);
        var reading = Read(line, price, words, bare, size, shop, items, names, amount);
        if (amount.Role == LineRole.Void)
        {
            var voided = amount.VoidOf is { } of ? $"voids line {of}" : "a void";
            return reading with
            {
                Outcome = ReceiptLineOutcome.Void,
                Quantity = null,
                Reason = $"{voided}: no stock moves ({reading.Reason})"
            };
        }

        if (amount.FullyVoided)
        {
            var by = string.Join(", ", amount.VoidedBy);
            return reading with
            {
                Outcome = ReceiptLineOutcome.Voided,
                Reason = $"voided by line {by}: nothing bought ({reading.Reason})"
            };
        }

        return reading;
    }

    /// <summary>A line that moves no stock, with its outcome and why.</summary>
    private static ReceiptLineFate NoStock(
        ReceiptLine line, LineAmount amount, double price, ReceiptLineOutcome outcome, string reason) =>
        new(line.Number, line.Name, outcome, false, false, null, null, null, amount.Count, price, reason);

    /// <summary>What an item line bought: not food, served to eat there, not recognised, or a grocery matched to
    /// one of the household's items (ambiguous and unmatched ones are never guessed).</summary>
    private ReceiptLineFate Read(
        ReceiptLine line,
        double price,
        IReadOnlyList<string> folded,
        string bareName,
        PackSize? pack,
        bool shopReceipt,
        IReadOnlyList<ReceiptItem> candidates,
        IReadOnlyList<string> candidateNames,
        LineAmount money)
    {
        ReceiptLineFate Kept(ReceiptLineOutcome outcome, string reason) =>
            NoStock(line, money, price, outcome, reason);
        if (vocabulary.Find(folded, ReceiptWordKind.NonFood) is { } nonFood)
        {
            return Kept(
                ReceiptLineOutcome.NotPantryItem,
                $"not a pantry item: non-food ('{nonFood.Phrase}': {nonFood.Note})");
        }

        if (vocabulary.Find(folded, ReceiptWordKind.Served) is { } served)
        {
            return Kept(
                ReceiptLineOutcome.NotPantryItem,
                $"not a pantry item: served to eat or drink there ('{served.Phrase}': {served.Note})");
        }

        var english = vocabulary.Rewrite(
            vocabulary.Without(ReceiptVocabulary.Fold(bareName), ReceiptWordKind.Void));
        var readAs = string.Join(' ', english);
        var shown = readAs == string.Join(' ', ReceiptVocabulary.Fold(bareName))
            ? $"'{bareName}'"
            : $"'{bareName}' (read as '{readAs}')";
        var food = matcher.Ontology.Classify(readAs);
        if (food.MatchedTerms.Count == 0)
        {
            return Kept(
                ReceiptLineOutcome.NotRecognised,
                $"not recognised: no word of {shown} is a food the ontology knows");
        }

        if (pack is null && !shopReceipt)
        {
            return Kept(ReceiptLineOutcome.NotPantryItem,
                "not a pantry item: served (a café or restaurant receipt, and the line prints no pack size)");
        }

        var match = matcher.Match(readAs, candidateNames);
        var bought = Bought(pack, money);
        ReceiptLineFate Grocery(ReceiptLineOutcome outcome, string reason, string? item = null) =>
            new(line.Number, line.Name, outcome, true, false, item, bought.Quantity, bought.Unit, money.Count,
                price, reason);

        switch (match.Kind)
        {
            case MatchKind.Ambiguous:
                return Grocery(ReceiptLineOutcome.Ambiguous, $"ambiguous, not guessed: {shown}: {match.Reason}");
            case MatchKind.None:
                return Grocery(
                    ReceiptLineOutcome.Unmatched,
                    $"a grocery, but none of the household's {candidateNames.Count} items: "
                    + $"{shown} ({match.Reason})");
        }

        var chosen = candidates[match.Index!.Value];
        var family = UnitNormalizer.TryGetFactor(bought.Unit, out var factor)
            ? factor.Canonical
            : (CanonicalUnit?)null;
        if (chosen.Unit is { } counted && family is { } got && counted != got)
        {
            var why = pack is null
                ? $"no pack size printed, and {chosen.Name} is counted in {counted.Symbol()}"
                : $"{pack.Text} is {got.Symbol()}, and {chosen.Name} is counted in {counted.Symbol()}";
            return Grocery(ReceiptLineOutcome.NeedsSize, $"{why} (record it with its amount)", chosen.Name);
        }

        var size = pack is null ? "no pack size printed: counted in pieces" : $"pack size {pack.Text}";
        var read = readAs == string.Join(' ', ReceiptVocabulary.Fold(bareName)) ? "" : $"read as '{readAs}': ";
        return Grocery(ReceiptLineOutcome.Matched, $"{read}{match.Reason}; {size}", chosen.Name);
    }

    /// <summary>Count (after voids) x pack size; a weighed line's weight; without a size, the count in
    /// pieces.</summary>
    private static (double Quantity, string Unit) Bought(PackSize? pack, LineAmount amount)
    {
        var count = amount.RemainingCount is > 0
            ? amount.RemainingCount.Value
            : amount.Count is > 0
            ? amount.Count.Value
            : 1;
        if (pack is null)
        {
            return (count, CanonicalUnitNames.Piece);
        }

        return pack.Weighed ? (pack.Quantity, pack.Unit) : (Math.Round(count * pack.Quantity, 6), pack.Unit);
    }

    private static string Money(double value, ReceiptReconciliation reconciliation) =>
        reconciliation.Currency is { } currency
            ? ReceiptReconciler.Amount(value, currency)
            : value.ToString("0.##", CultureInfo.InvariantCulture);
}

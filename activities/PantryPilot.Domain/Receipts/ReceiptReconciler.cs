using System.Globalization;

namespace PantryPilot.Domain.Receipts;

/// <summary>
/// Adds a receipt up. Each line comes to its price plus priced modifiers (<c>sub</c>) minus its own discount
/// (<c>discountprice</c>); a void ("VOID ...", a count of -1 or a negative price naming an earlier line) cancels that
/// line's count, a discount line takes money off, any other negative line is a refund. The lines, with the printed tax,
/// service charge and receipt discount, must come to the printed total within the currency's rounding unit (Rp 100,
/// one cent): the receipt discount is not taken twice when it only sums the lines' own discounts, and tax or service
/// printed as already included in the prices is accepted when the total says so. A printed subtotal must agree with
/// the lines (before or after their discounts), and cash minus change must be the total.
/// Anything else (no total, an amount that does not read, two currencies, a currency we do not read, rupiah with
/// cents) and the receipt does not reconcile; the reason says which field and by how much.
/// </summary>
public sealed class ReceiptReconciler(ReceiptVocabulary? vocabulary = null)
{
    private readonly ReceiptVocabulary vocabulary = vocabulary ?? ReceiptVocabulary.Default;

    public static ReceiptReconciler Default { get; } = new();

    public ReceiptReconciliation Reconcile(Receipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var problems = new List<string>();
        var money = new List<(string Field, string Text, MoneyText Read)>();
        MoneyText? Money(string field, string? text, bool required = true)
        {
            if (text is null)
            {
                return null;
            }

            if (MoneyText.Read(text) is { } read)
            {
                money.Add((field, text, read));
                return read;
            }

            if (required)
            {
                problems.Add($"{field}: '{Short(text)}' is not an amount");
            }

            return null;
        }

        var drafts = new List<Draft>();
        foreach (var line in receipt.Lines)
        {
            if (line.Problem is { } problem)
            {
                problems.Add(problem);
                drafts.Add(new Draft(line, [], LineRole.Item, null, 0, 0, 0, ["not read"]));
                continue;
            }

            drafts.Add(Read(line, Money, problems));
        }

        var totals = receipt.Totals;
        var printed = new PrintedTotals(
            Money("sub_total.subtotal_price", totals.Subtotal)?.Value,
            Money("sub_total.tax_price", totals.Tax)?.Value ?? 0,
            (Money("sub_total.service_price", totals.Service)?.Value ?? 0)
                + (Money("sub_total.othersvc_price", totals.OtherService)?.Value ?? 0),
            Math.Abs(Money("sub_total.discount_price", totals.Discount)?.Value ?? 0),
            Money("total.total_price", totals.Total)?.Value,
            Money("total.cashprice", totals.Cash)?.Value,
            Money("total.changeprice", totals.Change)?.Value,
            Money("total.creditcardprice", totals.CreditCard, required: false)?.Value,
            Money("total.emoneyprice", totals.EMoney, required: false)?.Value);

        PairVoids(drafts);
        var lines = drafts.Select(d => d.ToAmount()).ToList();
        var linesTotal = lines.Sum(l => l.Net);
        var (currency, currencyProblem) = Currency(money);
        var tolerance = (currency?.RoundingUnit ?? 0.01) + 1e-6;
        if (currencyProblem is not null)
        {
            problems.Insert(0, currencyProblem);
        }

        var (ok, reason) = problems.Count > 0
            ? (false, $"{receipt.Origin}: {string.Join("; ", problems.Take(3))}")
            : printed.Total is null
            ? (false, $"{receipt.Origin}: no total printed (total.total_price): nothing to reconcile against")
            : AgainstTotals(receipt.Origin, lines, linesTotal, printed, currency!, tolerance);
        return new(ok, reason, currency, Round(linesTotal), printed.Total, tolerance - 1e-6, lines);
    }

    /// <summary>Whether the lines reconcile with the printed subtotal, cash and total, and why (the first reading of
    /// tax, service and discounts that meets the total, or how far off the nearest one is).</summary>
    private static (bool Ok, string Reason) AgainstTotals(string origin, List<LineAmount> lines, double linesTotal,
        PrintedTotals totals, ReceiptCurrency c, double tolerance)
    {
        var printed = totals.Total!.Value;
        var ownDiscounts = lines.Sum(l => l.LineDiscount) + lines.Where(
            l => l.Role == LineRole.Discount).Sum(l => -l.Net);
        if (totals.Subtotal is { } sub)
        {
            var beforeLineDiscounts = linesTotal + lines.Sum(l => l.LineDiscount);
            var beforeAll = linesTotal + ownDiscounts;
            if (!Near(sub, linesTotal, tolerance)
                && !Near(sub, beforeLineDiscounts, tolerance)
                && !Near(sub, beforeAll, tolerance))
            {
                return (false, $"{origin}: the lines add up to {Amount(linesTotal, c)}, "
                    + $"but the printed subtotal is {Amount(sub, c)} (off by {Amount(Math.Abs(sub - linesTotal), c)}; "
                    + $"tolerance {Amount(c.RoundingUnit, c)})");
            }
        }

        var change = totals.Change ?? 0;
        if (totals.Cash is { } paid && totals.Card is null && totals.EMoney is null
            && Math.Abs(paid - change - printed) > tolerance)
        {
            return (false, $"{origin}: cash {Amount(paid, c)} minus change {Amount(change, c)} is "
                + $"{Amount(paid - change, c)}, not the total {Amount(printed, c)}");
        }

        var readings = Readings(linesTotal, totals.Tax, totals.Service, totals.Discount, ownDiscounts, tolerance, c);
        foreach (var (computed, how) in readings)
        {
            if (Near(computed, printed, tolerance))
            {
                var off = Math.Abs(computed - printed) > 1e-6
                    ? $", {Amount(Math.Abs(computed - printed), c)} rounding"
                    : "";
                return (true, $"{how} = {Amount(computed, c)}; printed total {Amount(printed, c)}{off} "
                    + $"(tolerance {Amount(c.RoundingUnit, c)}, {c.Code})");
            }
        }

        var (expected, said) = readings.First();
        return (false, $"{origin}: {said} = {Amount(expected, c)}, but the printed total is {Amount(printed, c)} "
            + $"(off by {Amount(Math.Abs(expected - printed), c)}; tolerance {Amount(c.RoundingUnit, c)})");
    }

    /// <summary>The amounts a receipt prints below its lines (null or 0 where it prints none).</summary>
    private sealed record PrintedTotals(
        double? Subtotal, double Tax, double Service, double Discount, double? Total, double? Cash, double? Change,
        double? Card, double? EMoney);

    /// <summary>The ways the printed figures may combine, most literal first.</summary>
    private static IEnumerable<(double Total, string How)> Readings(
        double lines,
        double tax,
        double service,
        double discount,
        double ownDiscounts,
        double tolerance,
        ReceiptCurrency c)
    {
        var discounts = discount > 0 && ownDiscounts > 0 && Near(discount, ownDiscounts, tolerance)
            ? new[]
            {
                (0.0, $" (the receipt discount {Amount(discount, c)} sums the lines' own)"),
                (discount, " - discount")
            }
            : [(discount, discount > 0 ? " - discount" : "")];
        foreach (var (off, said) in discounts)
        {
            var words = $"lines {Amount(lines, c)}";
            var added = words + (tax != 0 ? " + tax" : "") + (service != 0 ? " + service" : "") + said;
            yield return (lines + tax + service - off, added);
            if (tax != 0)
            {
                yield return (
                    lines + service - off,
                    words + (service != 0 ? " + service" : "") + said + " (tax included in the prices)");
            }

            if (tax != 0 || service != 0)
            {
                yield return (lines - off, words + said + " (tax and service included in the prices)");
            }
        }
    }

    private Draft Read(ReceiptLine line, Func<string, string?, bool, MoneyText?> money, List<string> problems)
    {
        var notes = new List<string>();
        var folded = ReceiptVocabulary.Fold(line.Name);
        double? count = null;
        if (line.Count is { } countText)
        {
            if (CordAmount.TryParse(countText, out var c))
            {
                count = c;
            }
            else
            {
                notes.Add($"{line.Field}.cnt '{Short(countText)}' is not a count");
            }
        }

        var unitPrice = UnitPriceMoney(line.UnitPrice) is { } money2
            ? money($"{line.Field}.unitprice", money2, false)?.Value
            : null;
        var price = money($"{line.Field}.price", line.Price, true)?.Value;
        if (line.Price is null)
        {
            if (unitPrice is { } each)
            {
                price = each * (count ?? 1);
                notes.Add("no price printed: count x unit price");
            }
            else
            {
                notes.Add("no price printed: counted as 0");
            }
        }

        var modifiers = 0.0;
        foreach (var modifier in line.Modifiers)
        {
            modifiers += money($"{modifier.Field}.price", modifier.Price, true)?.Value ?? 0;
        }

        var lineDiscount = Math.Abs(money($"{line.Field}.discountprice", line.Discount, true)?.Value ?? 0);
        var amount = price ?? 0;
        if (vocabulary.Find(folded, ReceiptWordKind.Discount) is not null
            && vocabulary.Find(folded, ReceiptWordKind.Void) is null)
        {
            return new Draft(
                line,
                folded,
                LineRole.Discount,
                count,
                -Math.Abs(amount) - Math.Abs(modifiers),
                0,
                unitPrice,
                notes);
        }

        var voidWord = vocabulary.Find(folded, ReceiptWordKind.Void) is not null;
        if (voidWord || amount < 0 || count < 0)
        {
            var name = vocabulary.Without(folded, ReceiptWordKind.Void);
            return new Draft(
                line,
                name,
                LineRole.Void,
                count,
                -Math.Abs(amount) - Math.Abs(modifiers),
                0,
                unitPrice,
                notes);
        }

        if (lineDiscount > amount + modifiers + 1e-9)
        {
            problems.Add(
                $"{line.Field}.discountprice: {Short(line.Discount!)} is more than the line's price "
                + $"{Short(line.Price ?? "0")}");
        }

        return new Draft(
            line,
            folded,
            LineRole.Item,
            count,
            amount + modifiers - lineDiscount,
            lineDiscount,
            unitPrice,
            notes);
    }

    /// <summary>Each void cancels the latest earlier item of the same name that still has a count left; a negative
    /// line that cancels nothing is a refund.</summary>
    private static void PairVoids(List<Draft> drafts)
    {
        foreach (var draft in drafts.Where(d => d.Role == LineRole.Void))
        {
            var partner = drafts.Where(
                d => d.Role == LineRole.Item
                    && d.Line.Number < draft.Line.Number
                    && d.Remaining > 1e-9
                    && d.Words.SequenceEqual(draft.Words)).LastOrDefault()
                ?? drafts.Where(
                    d => d.Role == LineRole.Item
                        && d.Remaining > 1e-9
                        && d.Words.SequenceEqual(draft.Words)).FirstOrDefault();
            if (partner is null || draft.Words.Count == 0)
            {
                draft.Role = LineRole.Refund;
                draft.Notes.Add("negative line that cancels no line on this receipt: a refund or correction");
                continue;
            }

            var each = partner.Net / partner.Units;
            var cancelled = draft.Count is { } n
                ? Math.Abs(n)
                : each > 0
                ? Math.Abs(draft.Net) / each
                : partner.Remaining;
            partner.Remaining = Math.Max(0, partner.Remaining - cancelled);
            partner.VoidedBy.Add(draft.Line.Number);
            draft.VoidOf = partner.Line.Number;
        }
    }

    private static (ReceiptCurrency? Currency, string? Problem) Currency(
        List<(string Field, string Text, MoneyText Read)> money)
    {
        var marked = money.Where(m => m.Read.Mark is not null).ToList();
        var unsupported = marked.FirstOrDefault(m => !m.Read.Supported);
        if (unsupported.Read is not null)
        {
            return (
                null,
                $"{unsupported.Field}: '{Short(unsupported.Text)}' is in {unsupported.Read.Mark}, "
                + $"a currency the receipt path does not read (it reads "
                + $"{string.Join(" and ", ReceiptCurrency.Supported.Select(c => c.Name))})");
        }

        var codes = marked.Select(m => m.Read.Mark!).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count > 1)
        {
            var a = marked.First(m => m.Read.Mark == codes[0]);
            var b = marked.First(m => m.Read.Mark == codes[1]);
            return (
                null,
                $"two currencies on one receipt: {a.Field} '{Short(a.Text)}' and {b.Field} '{Short(b.Text)}'");
        }

        var currency = codes.Count == 1 && codes[0] == ReceiptCurrency.UsDollar.Code
            ? ReceiptCurrency.UsDollar
            : ReceiptCurrency.Rupiah;
        if (currency == ReceiptCurrency.UsDollar)
        {
            var rupiah = money.FirstOrDefault(m => m.Read.Mark is null && m.Read.ThousandsGrouped);
            if (rupiah.Read is not null)
            {
                var dollar = marked[0];
                return (
                    null,
                    $"{dollar.Field} '{Short(dollar.Text)}' is in US dollars, but "
                    + $"{rupiah.Field} '{Short(rupiah.Text)}' is printed as rupiah: two currencies on one receipt");
            }

            return (currency, null);
        }

        var cents = money.FirstOrDefault(m => m.Read.HasCents);
        return cents.Read is not null
            ? (
                null,
                $"{cents.Field}: '{Short(cents.Text)}' has cents, and a receipt without a currency mark is read as "
                + "rupiah, which have none")
            : (currency, null);
    }

    /// <summary>The money part of a unit price: "@28,000" → "@28,000"; "2.31 lb @ $0.69/lb" → "$0.69".</summary>
    private static string? UnitPriceMoney(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        var part = at >= 0 && text[..at].Any(char.IsLetter) ? text[(at + 1)..] : text;
        var slash = part.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0 ? part[..slash] : part;
    }

    private static bool Near(double a, double b, double tolerance) => Math.Abs(a - b) <= tolerance;

    private static double Round(double value) => Math.Round(value, 6);

    /// <summary>"Rp 125,000", "$3.49".</summary>
    public static string Amount(double value, ReceiptCurrency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        var sign = value < 0 ? "-" : "";
        var magnitude = Math.Abs(value);
        return currency == ReceiptCurrency.UsDollar
            ? $"{sign}${magnitude.ToString("#,##0.00", CultureInfo.InvariantCulture)}"
            : $"{sign}Rp {magnitude.ToString("#,##0.##", CultureInfo.InvariantCulture)}";
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "...";

    /// <summary>A line while the voids are being paired.</summary>
    private sealed class Draft(
        ReceiptLine line,
        IReadOnlyList<string> words,
        LineRole role,
        double? count,
        double net,
        double lineDiscount,
        double? unitPrice,
        List<string> notes)
    {
        public ReceiptLine Line { get; } = line;

        public IReadOnlyList<string> Words { get; } = words;

        public LineRole Role { get; set; } = role;

        public double? Count { get; } = count;

        public double Net { get; } = net;

        public double? UnitPrice { get; } = unitPrice;

        public List<string> Notes { get; } = notes;

        /// <summary>The count this item started with (1 when none was printed).</summary>
        public double Units => Count is > 0 ? Count.Value : 1;

        public double Remaining { get; set; } = count is > 0 ? count.Value : 1;

        public List<int> VoidedBy { get; } = [];

        public int? VoidOf { get; set; }

        public LineAmount ToAmount() => new(
            Line.Number,
            Role,
            Count,
            Net,
            lineDiscount,
            VoidOf,
            Role == LineRole.Item && VoidedBy.Count > 0 ? Remaining : Count,
            VoidedBy,
            Notes);
    }
}

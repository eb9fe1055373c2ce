using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
using PantryPilot.Cli.Households;
using PantryPilot.Client;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Payloads;
using PantryPilot.Domain.Receipts;
using PantryPilot.Domain.Units;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot household receipt`: a CORD v2 receipt file into the household's pantry (docs/receipts.md). The
/// receipt is reconciled and each line matched to the household's items by the receipt intake; the matched lines go
/// to the household as one record-purchase update, under a request id derived from the file's bytes, so the same
/// receipt sent twice is recorded once. Every line is reported with its file, line and field, applied or not.</summary>
internal static class HouseholdReceiptCommand
{
    private static readonly JsonSerializerOptions Indented = new(PayloadJson.Options) { WriteIndented = true };

    public static Command Build()
    {
        var file = new Option<string>("--file")
        {
            Description = "The receipt: CORD v2 ground-truth JSON (docs/receipts.md)",
            Required = true,
        };
        var item = new Option<string[]>("--item")
        {
            Description = "An item the household buys that is not in stock now (repeat), so a line may match it",
        };
        var day = new Option<DateOnly?>("--on")
        {
            Description = "Purchase day (yyyy-MM-dd; default the household's today)",
        };
        var store = new Option<string?>("--store") { Description = "Where it was bought" };
        var requestId = new Option<string?>("--request-id")
        {
            Description = "Id of the purchase (default: receipt-<file hash>: a receipt sent twice is recorded once)",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read, reconcile and match, record nothing" };
        var command = HouseholdCommands.Verb(
            "receipt",
            "A receipt file into the pantry: reconciled, matched to the household's items, recorded as one purchase "
                + "(update record-purchase).",
            async (calls, id, parse) => await RunAsync(
                calls,
                id,
                parse.GetValue(file)!,
                parse.GetValue(item) ?? [],
                new Sending(
                    parse.GetValue(requestId), parse.GetValue(day), parse.GetValue(store), parse.GetValue(dryRun)),
                parse.GetValue(HouseholdCommands.Json),
                parse.GetValue(HouseholdCommands.DataDir)!));
        foreach (var option in new Option[] { file, item, day, store, requestId, dryRun })
        {
            command.Options.Add(option);
        }

        return command;
    }

    private static async Task<int> RunAsync(
        IHouseholdCalls calls,
        string householdId,
        string path,
        IReadOnlyList<string> extraItems,
        Sending sending,
        bool json,
        string dataDir)
    {
        var bytes = await File.ReadAllBytesAsync(path);
        var origin = Path.GetFileName(path);
        ReceiptReading reading;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            reading = CordJsonReceiptReader.Default.Read(origin, stream);
        }

        var items = reading.Receipt is null ? [] : await ItemsAsync(calls, householdId, extraItems);
        var plan = ReceiptIntake.Default.Plan(reading, items);
        var requestId = sending.RequestId ?? $"receipt-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}";
        StockChangeResult? recorded = null;
        string? note = null;
        if (plan.Outcome != ReceiptOutcome.Applied)
        {
            note = "nothing sent to the household";
        }
        else if (sending.DryRun)
        {
            note = "--dry-run: nothing sent to the household";
        }
        else
        {
            var lines = plan.Purchases.Select(p => new PurchaseLine(p.Name, p.Quantity, p.Unit, p.Price)).ToList();
            try
            {
                var request = new RecordPurchaseRequest(requestId, lines, sending.On, sending.Store);
                recorded = await calls.RecordPurchaseAsync(householdId, request);
            }
            catch (HouseholdException e)
                when (e.ErrorType == HouseholdErrors.DuplicateRequest && sending.RequestId is null)
            {
                // The id is the file's hash: the same receipt was recorded before, when the pantry read differently.
                note = $"this receipt was recorded before under {requestId}; nothing changed ({e.Detail})";
            }
        }

        var report = new ReceiptReport(
            householdId, path, requestId, plan.Outcome.ToString(), plan.Reason, Lines(reading, plan), recorded, note);
        var kept = await KeepAsync(dataDir, report);
        if (json)
        {
            HouseholdPrinter.Json(report);
        }
        else
        {
            ReceiptPrinter.Print(report, kept);
        }

        return plan.Outcome == ReceiptOutcome.SetAside ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static async Task<List<ReceiptItem>> ItemsAsync(
        IHouseholdCalls calls, string householdId, IReadOnlyList<string> extraItems)
    {
        PantryView? pantry;
        try
        {
            pantry = await calls.PantryAsync(householdId);
        }
        catch (HouseholdException e) when (e.ErrorType == HouseholdErrors.UnknownHousehold)
        {
            // A new household: only the --item names are candidates; record-purchase creates it.
            pantry = null;
        }

        return Items(pantry?.Items ?? [], extraItems);
    }

    /// <summary>The household's items as the intake's candidates: the pantry's (an item whose lots are in two unit
    /// families has no one family) and the ones named with --item.</summary>
    private static List<ReceiptItem> Items(IReadOnlyList<PantryItemView> pantry, IReadOnlyList<string> extraItems) =>
        pantry.Select(i => (i.Name, Family: Family(i.Unit)))
            .Concat(extraItems.Select(name => (Name: name.Trim(), Family: (CanonicalUnit?)null)))
            .Where(i => i.Name.Length > 0)
            .GroupBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ReceiptItem(
                g.First().Name, g.Select(i => i.Family).Distinct().Count() == 1 ? g.First().Family : null))
            .ToList();

    private static CanonicalUnit? Family(string unit) =>
        UnitNormalizer.TryGetFactor(unit, out var factor) ? factor.Canonical : null;

    private static List<ReceiptReportLine> Lines(ReceiptReading reading, ReceiptPlan plan)
    {
        var printed = reading.Receipt?.Lines ?? [];
        return plan.Lines.Select(f => new ReceiptReportLine(
            f.Number,
            f.Number - 1 < printed.Count ? printed[f.Number - 1].Field : $"line {f.Number}",
            f.Text,
            f.Outcome.ToString(),
            f.Applied,
            f.Item,
            f.Quantity,
            f.Unit,
            f.Price,
            f.Reason)).ToList();
    }

    /// <summary>Keeps the report beside the household's store, so a set-aside line is never only on a
    /// terminal.</summary>
    private static async Task<string> KeepAsync(string dataDir, ReceiptReport report)
    {
        var folder = Path.Combine(dataDir, "receipts");
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, $"{report.RequestId}.json");
        var temporary = target + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(report, Indented));
        File.Move(temporary, target, overwrite: true);
        return target;
    }

    private sealed record Sending(string? RequestId, DateOnly? On, string? Store, bool DryRun);
}

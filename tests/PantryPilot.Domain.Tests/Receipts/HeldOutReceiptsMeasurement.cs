using System.Globalization;
using System.Text.Json;
using PantryPilot.Domain.Receipts;
using PantryPilot.Domain.Units;
using Xunit.Abstractions;

namespace PantryPilot.Domain.Tests.Receipts;

/// <summary>
/// The held-out receipts (<c>Receipts/HeldOut</c>: r01..r25 and expected.jsonl, written by someone who never saw the
/// code; see its README). A measurement, not a tuning target: it prints three figures and asserts only safety. Rules
/// are never changed by looking at which of its lines fail; only the totals are printed.
/// The household's pantry here is every item the expected readings name, so "matched" means the line found the one
/// item a person said it is, with the quantity a person read off the line.
/// </summary>
public class HeldOutReceiptsMeasurement(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Receipts", "HeldOut");

    [Fact]
    public void HeldOut_Measure_PrintsFiguresAndNeverAppliesWhatItMustNot()
    {
        var expected = File.ReadAllLines(Path.Combine(Folder, "expected.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToList();
        var pantry = expected.SelectMany(e => e.GetProperty("lines").EnumerateArray())
            .Select(l => Text(l, "item"))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => new ReceiptItem(name, null))
            .ToList();

        int receipts = 0, reconciledRight = 0, lines = 0, classifiedRight = 0, pantryLines = 0, matchedRight = 0;
        var unsafeApplied = new List<string>();
        foreach (var receipt in expected)
        {
            var file = receipt.GetProperty("file").GetString()!;
            using var stream = File.OpenRead(Path.Combine(Folder, file));
            var plan = ReceiptIntake.Default.Plan(CordJsonReceiptReader.Default.Read(file, stream), pantry);
            var shouldReconcile = receipt.GetProperty("reconciles").GetBoolean();
            receipts++;
            reconciledRight += (plan.Reconciliation?.Reconciles ?? false) == shouldReconcile ? 1 : 0;
            if (!shouldReconcile && plan.Lines.Any(l => l.Applied))
            {
                unsafeApplied.Add($"{file}: applied though it does not reconcile");
            }

            var truth = receipt.GetProperty("lines").EnumerateArray().ToList();
            for (var i = 0; i < truth.Count; i++)
            {
                var fate = i < plan.Lines.Count ? plan.Lines[i] : null;
                var isPantry = truth[i].GetProperty("is_pantry_item").GetBoolean();
                lines++;
                classifiedRight += (fate?.IsPantryItem ?? false) == isPantry ? 1 : 0;
                if (!isPantry && fate is { Applied: true })
                {
                    unsafeApplied.Add($"{file} line {i + 1}: a line that is not a pantry item was applied as stock");
                }

                var count = Number(truth[i], "count") ?? 1;
                if (!isPantry || count <= 0)
                {
                    continue;
                }

                pantryLines++;
                matchedRight += fate is not null && fate.Item == Text(truth[i], "item") && SameAmount(truth[i], count, fate) ? 1 : 0;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"held-out receipts: reconciled correctly {reconciledRight}/{receipts}; lines classified pantry/not-pantry correctly "
            + $"{classifiedRight}/{lines}; pantry lines matched to the right item with the right quantity {matchedRight}/{pantryLines}"));
        Assert.True(unsafeApplied.Count == 0, $"{unsafeApplied.Count} unsafe application(s)");
    }

    /// <summary>The person's reading (count x printed pack size, or the count in pieces when none is printed) against
    /// the line's purchase amount, both in g, ml or pcs, within 1 %.</summary>
    private static bool SameAmount(JsonElement truth, double count, ReceiptLineFate fate)
    {
        if (fate.Quantity is not { } quantity || fate.Unit is null)
        {
            return false;
        }

        var mine = UnitNormalizer.Normalize(quantity, fate.Unit);
        var printed = Number(truth, "quantity");
        var unit = Text(truth, "unit");
        var theirs = printed is { } size
            ? UnitNormalizer.Normalize(size * count, unit)
            : UnitNormalizer.Normalize(count, "pcs");
        return mine.Success && theirs.Success && mine.Unit == theirs.Unit
            && Math.Abs(mine.Value - theirs.Value) <= 0.01 * Math.Max(1, Math.Abs(theirs.Value));
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}

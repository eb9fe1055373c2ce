using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Receipts;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Storage;

/// <summary>Flattens CORD v2 receipts (<c>gt_parse.menu</c> as an array, or a single object as in some real CORD
/// files) into <see cref="PantrySchemas.ReceiptLines"/>: one row per menu line, <c>source_row</c> numbering lines
/// across the whole stream from 1. A line that does not parse, or a receipt that is not CORD at all, is quarantined
/// with the file (or receipt id), line and field. One unreadable receipt counts as one row in.</summary>
public static class CordReceiptReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly int ReceiptIdColumn = PantrySchemas.ReceiptLines.IndexOf("receipt_id");
    private static readonly int UserIdColumn = PantrySchemas.ReceiptLines.IndexOf("user_id");
    private static readonly int LineNoColumn = PantrySchemas.ReceiptLines.IndexOf("line_no");
    private static readonly int ItemNameColumn = PantrySchemas.ReceiptLines.IndexOf("item_name");
    private static readonly int CountColumn = PantrySchemas.ReceiptLines.IndexOf("count");
    private static readonly int PriceColumn = PantrySchemas.ReceiptLines.IndexOf("price");
    private static readonly int SubTotalColumn = PantrySchemas.ReceiptLines.IndexOf("sub_total");
    private static readonly int TotalColumn = PantrySchemas.ReceiptLines.IndexOf("total");

    /// <summary>The receipts of a folder (<c>*.json</c>, in file-name order), the file name without extension as
    /// receipt id. A file that cannot be read as UTF-8 comes back with empty JSON, so the parser quarantines
    /// it.</summary>
    public static IEnumerable<CordReceipt> EnumerateFolder(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new BadInputException($"receipts folder not found: {directory}");
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            string json;
            try
            {
                json = File.ReadAllText(path, StrictUtf8);
            }
            catch (DecoderFallbackException)
            {
                json = string.Empty;
            }

            yield return new CordReceipt(Path.GetFileNameWithoutExtension(path), string.Empty, json);
        }
    }

    public static IEnumerable<ParsedBatch> ReadFolder(
        string directory,
        int batchSize = 65_536,
        CancellationToken cancellationToken = default)
        => Flatten(EnumerateFolder(directory), r => r.ReceiptId + ".json", batchSize, cancellationToken);

    /// <param name="origin">How a reason names the receipt: its file name, or "receipt &lt;id&gt;".</param>
    public static IEnumerable<ParsedBatch> Flatten(
        IEnumerable<CordReceipt> receipts,
        Func<CordReceipt, string>? origin = null,
        int batchSize = 65_536,
        CancellationToken cancellationToken = default)
    {
        origin ??= DefaultOrigin;
        var builder = new RowBatchBuilder(PantrySchemas.ReceiptLines, batchSize);
        var cursor = new LineCursor();
        foreach (var receipt in receipts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Append(builder, cursor, receipt, origin(receipt));
            if (builder.IsFull)
            {
                yield return builder.Flush();
            }
        }

        if (!builder.IsEmpty)
        {
            yield return builder.Flush();
        }
    }

    public static async IAsyncEnumerable<ParsedBatch> FlattenAsync(
        IAsyncEnumerable<CordReceipt> receipts,
        Func<CordReceipt, string>? origin = null,
        int batchSize = 65_536,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        origin ??= DefaultOrigin;
        var builder = new RowBatchBuilder(PantrySchemas.ReceiptLines, batchSize);
        var cursor = new LineCursor();
        await foreach (var receipt in receipts.WithCancellation(cancellationToken))
        {
            Append(builder, cursor, receipt, origin(receipt));
            if (builder.IsFull)
            {
                yield return builder.Flush();
            }
        }

        if (!builder.IsEmpty)
        {
            yield return builder.Flush();
        }
    }

    private static string DefaultOrigin(CordReceipt receipt) => $"receipt {receipt.ReceiptId}";

    private static void Append(RowBatchBuilder builder, LineCursor cursor, CordReceipt receipt, string origin)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(receipt.Json);
        }
        catch (JsonException ex)
        {
            var why = receipt.Json.Length == 0
                ? "empty or not UTF-8 text"
                : $"not valid JSON ({ex.Message.Split(" LineNumber", 2)[0].TrimEnd('.', ' ')}, "
                    + $"line {ex.LineNumber + 1})";
            QuarantineReceipt(builder, cursor, receipt, $"{origin}: {why}");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("gt_parse", out var gt)
                || gt.ValueKind != JsonValueKind.Object)
            {
                QuarantineReceipt(builder, cursor, receipt, $"{origin}: no gt_parse object (not CORD v2 ground truth)");
                return;
            }

            var items = gt.TryGetProperty("menu", out var menu) ? menu.ValueKind switch
            {
                JsonValueKind.Array => menu.EnumerateArray().ToArray(),
                JsonValueKind.Object => [menu],
                _ => [],
            } : [];
            if (items.Length == 0)
            {
                QuarantineReceipt(builder, cursor, receipt, $"{origin}: gt_parse.menu is missing or empty");
                return;
            }

            var subTotalText = Nested(gt, "sub_total", "subtotal_price");
            var totalText = Nested(gt, "total", "total_price");
            double? subTotal = CordAmount.TryParse(subTotalText, out var st) ? st : null;
            double? total = CordAmount.TryParse(totalText, out var tt) ? tt : null;
            var receiptProblem = subTotalText is not null && subTotal is null
                ? $"field sub_total.subtotal_price: {FieldParsers.Quote(subTotalText)} is not an amount"
                : totalText is not null && total is null
                ? $"field total.total_price: {FieldParsers.Quote(totalText)} is not an amount"
                : null;

            for (var i = 0; i < items.Length; i++)
            {
                var lineNo = i + 1;
                BeginLine(builder, cursor, receipt, lineNo);
                var slot = builder.Slot;
                ((double?[])builder.Column(SubTotalColumn))[slot] = subTotal;
                ((double?[])builder.Column(TotalColumn))[slot] = total;

                var problem = receiptProblem;
                var item = items[i];
                if (item.ValueKind != JsonValueKind.Object)
                {
                    problem ??= $"menu entry is {item.ValueKind}, not an object";
                }
                else
                {
                    var name = Text(item, "nm");
                    ((string?[])builder.Column(ItemNameColumn))[slot] = name;
                    problem ??= string.IsNullOrWhiteSpace(name) ? "field nm: missing item name" : null;

                    var countText = Text(item, "cnt");
                    if (countText is not null)
                    {
                        if (CordAmount.TryParse(countText, out var count))
                        {
                            ((double?[])builder.Column(CountColumn))[slot] = count;
                        }
                        else
                        {
                            problem ??= $"field cnt: {FieldParsers.Quote(countText)} is not a count";
                        }
                    }

                    var priceText = Text(item, "price");
                    if (priceText is not null)
                    {
                        if (CordAmount.TryParse(priceText, out var price))
                        {
                            ((double?[])builder.Column(PriceColumn))[slot] = price;
                        }
                        else
                        {
                            problem ??= $"field price: {FieldParsers.Quote(priceText)} is not an amount";
                        }
                    }
                }

                if (problem is null)
                {
                    builder.Commit();
                }
                else
                {
                    builder.Quarantine($"{origin} line {lineNo} {problem}");
                }
            }
        }
    }

    private static void BeginLine(RowBatchBuilder builder, LineCursor cursor, CordReceipt receipt, long lineNo)
    {
        builder.Begin(++cursor.Line);
        var slot = builder.Slot;
        ((string?[])builder.Column(ReceiptIdColumn))[slot] = receipt.ReceiptId;
        ((string?[])builder.Column(UserIdColumn))[slot] = string.IsNullOrEmpty(receipt.UserId) ? null : receipt.UserId;
        ((long?[])builder.Column(LineNoColumn))[slot] = lineNo;
    }

    private static void QuarantineReceipt(
        RowBatchBuilder builder,
        LineCursor cursor,
        CordReceipt receipt,
        string reason)
    {
        BeginLine(builder, cursor, receipt, 0);
        builder.Quarantine(reason);
    }

    /// <summary>A CORD value as text: strings as they are, numbers as written, a one-element list as its
    /// element.</summary>
    private static string? Text(JsonElement parent, string property)
    {
        if (!parent.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array => string.Join(" ", value.EnumerateArray()
                .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        };
    }

    private static string? Nested(JsonElement gt, string section, string property) =>
        gt.TryGetProperty(section, out var s) ? s.ValueKind switch
        {
            JsonValueKind.Object => Text(s, property),
            JsonValueKind.Array when s.GetArrayLength() > 0 && s[0].ValueKind == JsonValueKind.Object
                => Text(s[0], property),
            _ => null,
        } : null;

    private sealed class LineCursor
    {
        public long Line { get; set; }
    }
}

using System.Text;
using System.Text.Json;

namespace PantryPilot.Domain.Receipts;

/// <summary>Reads CORD v2 ground truth: <c>{"gt_parse": {"menu": [...], "sub_total": {...}, "total": {...}}}</c>, or
/// the same object as a JSON string under <c>ground_truth</c> (how the published dataset stores it). <c>menu</c> and
/// each line's <c>sub</c> may be a list or a single object; values may be strings, numbers or lists of strings (a
/// name printed on two lines). Sub-lines use <c>nm</c>/<c>price</c> or <c>sub_nm</c>/<c>sub_price</c>. Amounts are
/// kept as printed.</summary>
public sealed class CordJsonReceiptReader : IReceiptReader
{
    /// <summary>Receipts larger than this are not receipts (a CORD file is a few kilobytes).</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Lines one receipt may hold.</summary>
    public const int MaxLines = 500;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static CordJsonReceiptReader Default { get; } = new();

    public ReceiptReading Read(string origin, Stream content)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return ReceiptReading.Failed($"{origin}: larger than {MaxBytes / 1024} KB; not a receipt");
            }

            buffer.Write(chunk, 0, read);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return ReceiptReading.Failed($"{origin}: not UTF-8 text");
        }

        return ReadText(origin, text);
    }

    /// <summary>Reads receipt JSON from text (a file's content, a payload field).</summary>
    public ReceiptReading ReadText(string origin, string text)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReceiptReading.Failed($"{origin}: empty");
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 });
            return Read(origin, document.RootElement);
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            return ReceiptReading.Failed($"{origin}: not valid JSON{at} ({FirstSentence(e.Message)})");
        }
    }

    /// <summary>Reads an already parsed receipt (the payload of a Temporal update).</summary>
    public ReceiptReading Read(string origin, JsonElement root)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ReceiptReading.Failed($"{origin}: the receipt is a JSON {Kind(root)}, not an object with gt_parse");
        }

        if (!root.TryGetProperty("gt_parse", out var gt))
        {
            if (root.TryGetProperty("ground_truth", out var truth) && truth.ValueKind == JsonValueKind.String)
            {
                return ReadText($"{origin} ground_truth", truth.GetString()!);
            }

            return ReceiptReading.Failed($"{origin}: no gt_parse field (not CORD v2 ground truth)");
        }

        if (gt.ValueKind != JsonValueKind.Object)
        {
            return ReceiptReading.Failed($"{origin}: field gt_parse is a JSON {Kind(gt)}, not an object");
        }

        if (!gt.TryGetProperty("menu", out var menu) || menu.ValueKind is JsonValueKind.Null)
        {
            return ReceiptReading.Failed($"{origin}: field gt_parse.menu is missing (a receipt without lines)");
        }

        var entries = menu.ValueKind switch
        {
            JsonValueKind.Array => menu.EnumerateArray().ToArray(),
            JsonValueKind.Object => [menu],
            _ => null,
        };
        if (entries is null)
        {
            return ReceiptReading.Failed($"{origin}: field gt_parse.menu is a JSON {Kind(menu)}, not a list of lines");
        }

        if (entries.Length == 0)
        {
            return ReceiptReading.Failed($"{origin}: field gt_parse.menu is empty (a receipt without lines)");
        }

        if (entries.Length > MaxLines)
        {
            return ReceiptReading.Failed(
                $"{origin}: field gt_parse.menu has {entries.Length} lines (at most {MaxLines})");
        }

        var lines = new List<ReceiptLine>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            lines.Add(Line(entries[i], i, menu.ValueKind == JsonValueKind.Array));
        }

        var sub = Section(gt, "sub_total");
        var total = Section(gt, "total");
        var totals = new ReceiptTotals(
            Text(sub, "subtotal_price"),
            Text(sub, "tax_price"),
            Text(sub, "service_price"),
            Text(sub, "othersvc_price"),
            Text(sub, "discount_price"),
            Text(total, "total_price"),
            Text(total, "cashprice"),
            Text(total, "changeprice"),
            Text(total, "creditcardprice"),
            Text(total, "emoneyprice"));
        return new ReceiptReading(new Receipt(origin, lines, totals), null);
    }

    private static ReceiptLine Line(JsonElement entry, int index, bool inList)
    {
        var field = inList ? $"menu[{index}]" : "menu";
        if (entry.ValueKind != JsonValueKind.Object)
        {
            var shown = entry.ValueKind == JsonValueKind.String ? entry.GetString() ?? "" : entry.GetRawText();
            return new ReceiptLine(
                index + 1,
                field,
                shown,
                null,
                null,
                null,
                null,
                [],
                $"{field}: a JSON {Kind(entry)}, not a line");
        }

        var modifiers = new List<ReceiptModifier>();
        if (entry.TryGetProperty("sub", out var sub))
        {
            var subs = sub.ValueKind switch
            {
                JsonValueKind.Array => sub.EnumerateArray().ToArray(),
                JsonValueKind.Object => [sub],
                _ => [],
            };
            for (var s = 0; s < subs.Length; s++)
            {
                var subField = sub.ValueKind == JsonValueKind.Array ? $"{field}.sub[{s}]" : $"{field}.sub";
                if (subs[s].ValueKind == JsonValueKind.Object)
                {
                    modifiers.Add(new ReceiptModifier(
                        subField,
                        Text(subs[s], "nm") ?? Text(subs[s], "sub_nm") ?? "",
                        Text(subs[s], "cnt") ?? Text(subs[s], "sub_cnt"),
                        Text(subs[s], "price") ?? Text(subs[s], "sub_price")));
                }
            }
        }

        return new ReceiptLine(
            index + 1,
            field,
            (Text(entry, "nm") ?? "").Trim(),
            Text(entry, "cnt"),
            Text(entry, "unitprice"),
            Text(entry, "price") ?? Text(entry, "itemsubtotal"),
            Text(entry, "discountprice"),
            modifiers);
    }

    private static JsonElement? Section(JsonElement gt, string name) =>
        gt.TryGetProperty(name, out var section) ? section.ValueKind switch
        {
            JsonValueKind.Object => section,
            JsonValueKind.Array when section.GetArrayLength() > 0 && section[0].ValueKind == JsonValueKind.Object
                => section[0],
            _ => null,
        } : null;

    /// <summary>A value as printed: strings as they are, numbers as written, a list as its parts joined by a
    /// space.</summary>
    private static string? Text(JsonElement? parent, string property)
    {
        if (parent is not { } p || !p.TryGetProperty(property, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array => string.Join(' ', value.EnumerateArray()
                .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string Kind(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();

    private static string FirstSentence(string message)
        => message.Split(" LineNumber", 2)[0].Split(". ", 2)[0].TrimEnd('.', ' ');
}

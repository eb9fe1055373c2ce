using System.Globalization;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Receipts;

/// <summary>The receipt words (<c>Receipts/Data/receipt-words.csv</c>, embedded): which words make a line a void, a
/// discount, not food, or a served dish or drink, and the unit words receipts print. Food words and abbreviations are
/// the ontology's (<c>Ontology/Data/abbreviations.csv</c>); this list only says what kind of line it is.</summary>
public sealed class ReceiptVocabulary
{
    public const string FileName = "receipt-words.csv";

    private static readonly Lazy<ReceiptVocabulary> Shipped = new(() => Parse(ReadEmbedded(FileName), FileName));

    private readonly List<ReceiptWord> words;

    public ReceiptVocabulary(IEnumerable<ReceiptWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        this.words = words.OrderByDescending(w => w.Words.Count).ToList();
    }

    public static ReceiptVocabulary Default => Shipped.Value;

    public IReadOnlyList<ReceiptWord> Words => words;

    /// <summary>The folded words of a line's name (quantities and pack sizes removed).</summary>
    public static IReadOnlyList<string> Fold(string name) =>
        NameNormalizer.Tokens(name).Where(t => t != NameNormalizer.Separator).ToList();

    /// <summary>The first entry of <paramref name="kind"/> found in <paramref name="folded"/>, longest phrase
    /// first.</summary>
    public ReceiptWord? Find(IReadOnlyList<string> folded, ReceiptWordKind kind)
    {
        ArgumentNullException.ThrowIfNull(folded);
        foreach (var word in words)
        {
            if (word.Kind == kind && Contains(folded, word.Words))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The folded words without any phrase of <paramref name="kind"/> ("VOID TEH BOTOL" → teh,
    /// botol).</summary>
    public IReadOnlyList<string> Without(IReadOnlyList<string> folded, ReceiptWordKind kind)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var kept = folded.ToList();
        foreach (var word in words.Where(w => w.Kind == kind))
        {
            for (var at = IndexOf(kept, word.Words); at >= 0; at = IndexOf(kept, word.Words))
            {
                kept.RemoveRange(at, word.Words.Count);
            }
        }

        return kept;
    }

    /// <summary>The words with every <see cref="ReceiptWordKind.Means"/> phrase replaced by its English, longest phrase
    /// first ("telur ayam negeri" → chicken egg negeri).</summary>
    public IReadOnlyList<string> Rewrite(IReadOnlyList<string> folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var result = new List<string>(folded.Count);
        var i = 0;
        while (i < folded.Count)
        {
            var phrase = words.FirstOrDefault(w => w.Kind == ReceiptWordKind.Means && StartsAt(folded, i, w.Words));
            if (phrase is null)
            {
                result.Add(folded[i++]);
                continue;
            }

            result.AddRange(Fold(phrase.Note));
            i += phrase.Words.Count;
        }

        return result;
    }

    /// <summary>Spells out receipt unit words the quantity grammar does not know: "10BTR" → "10 pcs".</summary>
    public string SpellUnits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var unit in words.Where(w => w.Kind == ReceiptWordKind.Unit))
        {
            text = Regex.Replace(
                text,
                $@"(?<=\d|\b){Regex.Escape(unit.Words[0])}\b",
                " " + unit.Note,
                RegexOptions.IgnoreCase,
                TimeSpan.FromSeconds(1));
        }

        return text;
    }

    /// <summary>Reads the CSV text; a bad row names the file, line and field.</summary>
    public static ReceiptVocabulary Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<ReceiptWord>();
        var header = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!header)
            {
                header = true;
                continue;
            }

            var cells = line.Split(',', 3);
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (cells.Length < 2)
            {
                throw new FormatException($"{file} line {number}: expected kind,phrase,note");
            }

            var kind = cells[0].Trim() switch
            {
                "void" => ReceiptWordKind.Void,
                "discount" => ReceiptWordKind.Discount,
                "nonfood" => ReceiptWordKind.NonFood,
                "served" => ReceiptWordKind.Served,
                "unit" => ReceiptWordKind.Unit,
                "means" => ReceiptWordKind.Means,
                var other => throw new FormatException(
                    $"{file} line {number} field kind: '{other}' is not void, discount, nonfood, served, unit "
                    + "or means"),
            };
            var folded = Fold(cells[1]);
            if (folded.Count == 0)
            {
                throw new FormatException($"{file} line {number} field phrase: '{cells[1].Trim()}' has no words");
            }

            var note = cells.Length > 2 ? cells[2].Trim() : "";
            if (kind == ReceiptWordKind.Unit && (folded.Count != 1 || !UnitNormalizer.TryGetFactor(note, out _)))
            {
                throw new FormatException($"{file} line {number}: a unit entry is one word and the unit it stands for");
            }

            if (kind == ReceiptWordKind.Means && Fold(note).Count == 0)
            {
                throw new FormatException(
                    $"{file} line {number} field note: a 'means' entry names the English it is read as");
            }

            entries.Add(new ReceiptWord(kind, folded, note, i + 1));
        }

        return new ReceiptVocabulary(entries);
    }

    private static bool Contains(IReadOnlyList<string> folded, IReadOnlyList<string> phrase)
        => IndexOf(folded, phrase) >= 0;

    private static int IndexOf(IReadOnlyList<string> folded, IReadOnlyList<string> phrase)
    {
        for (var i = 0; i + phrase.Count <= folded.Count; i++)
        {
            if (StartsAt(folded, i, phrase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool StartsAt(IReadOnlyList<string> folded, int at, IReadOnlyList<string> phrase)
    {
        if (at + phrase.Count > folded.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Count; j++)
        {
            if (folded[at + j] != phrase[j])
            {
                return false;
            }
        }

        return true;
    }

    private static string ReadEmbedded(string fileName)
    {
        var assembly = typeof(ReceiptVocabulary).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.EndsWith(".Receipts.Data." + fileName, StringComparison.Ordinal))
            ?? throw new FileNotFoundException($"receipt data file '{fileName}' is not embedded");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

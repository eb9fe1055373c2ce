namespace PantryPilot.Domain.Ontology.Measurement;

/// <summary>
/// Reads labelled name lists (<c>name,rule,expected</c>, a header line, '#' comments): the name is everything before
/// the last two commas, or a quoted field; <c>expected</c> is <c>forbidden</c> or <c>allowed</c>. A row that cannot be
/// read is an error naming the file, line and field, never skipped.
/// </summary>
public static class LabelledPairReader
{
    public static IReadOnlyList<LabelledPair> Read(string file, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<LabelledPair>();
        var header = false;
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!header)
            {
                header = true;
                continue;
            }

            rows.Add(ReadRow(file, number, line));
        }

        return rows;
    }

    public static IReadOnlyList<LabelledPair> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(Path.GetFileName(path), reader);
    }

    private static LabelledPair ReadRow(string file, int number, string line)
    {
        string name;
        string rest;
        if (line.StartsWith('"'))
        {
            var close = line.IndexOf("\",", 1, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"{file} line {number} field name: unclosed quote in '{line}'");
            }

            name = line[1..close].Replace("\"\"", "\"", StringComparison.Ordinal);
            rest = line[(close + 2)..];
        }
        else
        {
            var last = line.LastIndexOf(',');
            var middle = last > 0 ? line.LastIndexOf(',', last - 1) : -1;
            if (middle < 0)
            {
                throw new FormatException($"{file} line {number}: expected name,rule,expected, got '{line}'");
            }

            name = line[..middle];
            rest = line[(middle + 1)..];
        }

        var comma = rest.LastIndexOf(',');
        if (comma < 0)
        {
            throw new FormatException($"{file} line {number}: expected name,rule,expected, got '{line}'");
        }

        var rule = rest[..comma].Trim();
        var expected = rest[(comma + 1)..].Trim().ToLowerInvariant();
        if (name.Trim().Length == 0)
        {
            throw new FormatException($"{file} line {number} field name: empty");
        }

        if (rule.Length == 0)
        {
            throw new FormatException($"{file} line {number} field rule: empty");
        }

        return expected switch
        {
            "forbidden" => new LabelledPair(file, number, name.Trim(), rule, ExpectForbidden: true),
            "allowed" => new LabelledPair(file, number, name.Trim(), rule, ExpectForbidden: false),
            _ => throw new FormatException(
                $"{file} line {number} field expected: '{expected}' is not forbidden or allowed"),
        };
    }
}

namespace PantryPilot.Domain.Ingredients;

/// <summary>The matcher's embedded CSV files (<c>Ingredients/Data/*.csv</c>): one reader of their rows, so every file
/// skips comments and its header the same way and names its lines the same way in errors.</summary>
internal static class IngredientDataFile
{
    /// <summary>The text of the embedded <c>Ingredients/Data/<paramref name="fileName"/></c>.</summary>
    public static string ReadEmbedded(string fileName)
    {
        var assembly = typeof(IngredientDataFile).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .Single(n => n.EndsWith(".Ingredients.Data." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Each data row with its 1-based line number, split on commas: blank lines, '#' comments and the first
    /// other line (the header) are skipped.</summary>
    public static IEnumerable<(int Number, string[] Cells)> Rows(string text)
    {
        var number = 0;
        var header = true;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            yield return (number, line.Split(','));
        }
    }
}

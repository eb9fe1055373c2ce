namespace PantryPilot.Domain.Ingredients;

/// <summary>The matcher's own data (<c>Ingredients/Data/identity.csv</c>, embedded): names of one food ("prawn" is
/// "shrimp") and kinds of a food ("penne" is pasta), in the ontology's folded, singular words.</summary>
internal sealed class IdentityData
{
    private static readonly Lazy<IdentityData> Shipped = new(
        () => Parse(IngredientDataFile.ReadEmbedded("identity.csv"), "identity.csv"));

    private IdentityData(
        IReadOnlyList<(string[] Name, string[] Target)> same, IReadOnlyDictionary<string, string> kinds)
    {
        Same = same;
        Kinds = kinds;
    }

    public static IdentityData Default => Shipped.Value;

    /// <summary>Rewrites, longest name first.</summary>
    public IReadOnlyList<(string[] Name, string[] Target)> Same { get; }

    public IReadOnlyDictionary<string, string> Kinds { get; }

    /// <summary>Reads the CSV (name,relation,target,note); '#' lines are comments. Errors name the file and
    /// line.</summary>
    public static IdentityData Parse(string text, string file)
    {
        var same = new List<(string[], string[])>();
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, cells) in IngredientDataFile.Rows(text))
        {
            if (cells.Length < 3 || cells[0].Trim().Length == 0 || cells[2].Trim().Length == 0)
            {
                throw new FormatException($"{file} line {number}: expected name,relation,target,note");
            }

            var (name, relation, target) = (cells[0].Trim(), cells[1].Trim(), cells[2].Trim());
            switch (relation)
            {
                case "same":
                    same.Add((name.Split(' '), target.Split(' ')));
                    break;
                case "kind":
                    kinds[name] = target;
                    break;
                default:
                    throw new FormatException(
                        $"{file} line {number}: relation '{relation}' is neither 'same' nor 'kind'");
            }
        }

        return new IdentityData([.. same.OrderByDescending(s => s.Item1.Length)], kinds);
    }
}

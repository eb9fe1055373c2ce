using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The model registry file (<c>models/registry.json</c> in the artifact store): every registered model, the
/// one promoted (what the inference pool serves) and the promotions before it, newest last (rollback walks back).
/// One definition of the format for the promote activity, the CLI and the inference workers that watch it.</summary>
public sealed record ModelRegistryDocument(
    IReadOnlyList<ModelRegistryEntry> Entries,
    string? Promoted,
    IReadOnlyList<string> History)
{
    public const string RelativePath = "models/registry.json";

    private static readonly System.Text.Json.JsonSerializerOptions Json =
        new(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true };

    public static ModelRegistryDocument Empty { get; } = new([], null, []);

    public ModelRegistryEntry? PromotedEntry => Promoted is null ? null : Entries.FirstOrDefault(e => e.Id == Promoted);

    public static ModelRegistryDocument Parse(string json, string where)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<ModelRegistryDocument>(json, Json) ?? Empty;
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new InvalidDataException($"{where}: not a model registry ({ex.Message})", ex);
        }
    }

    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, Json);
}

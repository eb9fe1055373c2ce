using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <param name="Model">Model name for an endpoint teacher (e.g. llama3.1:8b); the adapter name for the inference pool
/// (null: its base model); ignored by the template teacher.</param>
/// <param name="BaseUrl">Endpoint base URL (…/v1); null means configuration (PANTRYPILOT_TEACHER_BASE_URL).</param>
/// <param name="FaultRate">Template teacher only: share of answers that deliberately repeat the original teacher's
/// mistakes (a forbidden pantry item selected, a forbidden addition suggested), so the filter is exercised. Stated in
/// every sample's metadata.</param>
public sealed record TeacherOptions(
    TeacherKind Kind = TeacherKind.Template,
    string? Model = null,
    string? BaseUrl = null,
    double FaultRate = 0.1);

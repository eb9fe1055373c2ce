using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Households;

/// <summary>A profile read by <see cref="ProfileRules"/>: the cleaned profile, the diets that apply (a diet a stricter
/// one already covers is left out, and a note says so), or the problem.</summary>
public sealed record ProfileRead(
    ProfileText? Profile,
    IReadOnlyList<DietaryConstraint> Effective,
    IReadOnlyList<string> Notes,
    StockProblem? Problem);

namespace PantryPilot.Domain.Ontology.Measurement;

/// <summary>One row of a labelled name list: a pantry name, a rule, and the verdict food knowledge gives.</summary>
/// <param name="Rule">A constraint name ("vegan", "gluten_free") or "allergy:" followed by free text.</param>
/// <param name="ExpectForbidden">True: must never come out allowed. False: breaks nothing, should be allowed.</param>
public sealed record LabelledPair(string File, int Line, string Name, string Rule, bool ExpectForbidden);

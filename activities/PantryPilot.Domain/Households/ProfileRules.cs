using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Households;

/// <summary>Reads a household profile: every diet and every allergy through the dietary ontology (an unreadable one
/// refuses the profile, naming the field and entry), lists trimmed and de-duplicated, size and time zone checked.
/// Diets combine: every one holds, so a diet another already covers adds nothing ("vegan and pescatarian: vegan is
/// the stricter and holds"); the notes say which.</summary>
public static class ProfileRules
{
    public const int MaxEntries = 30;

    public const int MaxHouseholdSize = 30;

    public const int MaxCuisineLength = 100;

    public static ProfileRead Read(ProfileText profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var listProblem = ListProblem(profile.Diets, "diets") ?? ListProblem(profile.Allergies, "allergies")
            ?? ListProblem(profile.Dislikes, "dislikes") ?? ListProblem(profile.Cuisines, "cuisines");
        if (listProblem is not null)
        {
            return Refuse(listProblem);
        }

        // The guard's own reader: a diet or allergy it would not apply is refused here, naming the entry, and a typo
        // it reads unambiguously ("vegeterian") is kept with a note saying what it was read as.
        var reading = DietProfileReader.Read(profile.Diets ?? [], profile.Allergies ?? []);
        if (reading.Request is not { } request)
        {
            var errors = reading.Errors.Select(e => $"{Field(e.Field)}[{e.Index}]: {e.Message}");
            return Refuse(new(StockProblemKind.InvalidProfile, string.Join("; ", errors)));
        }

        if (profile.HouseholdSize is < 1 or > MaxHouseholdSize)
        {
            return Refuse(new(
                StockProblemKind.InvalidProfile,
                $"householdSize: {profile.HouseholdSize} (a household has 1 to {MaxHouseholdSize} people)"));
        }

        var zone = string.IsNullOrWhiteSpace(profile.TimeZone) ? "UTC" : profile.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            return Refuse(new(
                StockProblemKind.InvalidProfile,
                $"timeZone: '{StockInput.Shorten(zone)}' is not a time zone (use an IANA name such as Europe/Berlin or "
                + "America/New_York)"));
        }

        var cuisines = Clean(profile.Cuisines);
        if (cuisines.FirstOrDefault(c => c.Length > MaxCuisineLength) is { } longCuisine)
        {
            return Refuse(new(
                StockProblemKind.InvalidProfile,
                $"cuisines: '{StockInput.Shorten(longCuisine)}' is longer than {MaxCuisineLength} characters"));
        }

        var dislikes = Clean(profile.Dislikes);
        for (var i = 0; i < dislikes.Count; i++)
        {
            if (StockInput.CheckName(dislikes[i], $"dislikes[{i}]") is { } bad)
            {
                return Refuse(bad with { Kind = StockProblemKind.InvalidProfile });
            }
        }

        var (effective, combined) = Combine(request.Constraints);
        var notes = reading.Notes.Select(n => $"{Field(n.Field)}[{n.Index}]: '{n.Written}' read as '{n.ReadAs}'")
            .Concat(combined).ToList();
        var cleaned = new ProfileText(
            Clean(profile.Diets),
            Clean(profile.Allergies),
            dislikes,
            cuisines,
            profile.HouseholdSize,
            zone);
        return new ProfileRead(cleaned, effective, notes, null);
    }

    /// <summary>The diets that still add a rule once the others hold, and a note for each one left out.</summary>
    public static (IReadOnlyList<DietaryConstraint> Effective, IReadOnlyList<string> Notes) Combine(
        IReadOnlyList<DietaryConstraint> diets)
    {
        ArgumentNullException.ThrowIfNull(diets);
        var effective = new List<DietaryConstraint>();
        var notes = new List<string>();
        for (var i = 0; i < diets.Count; i++)
        {
            var diet = diets[i];
            var forbids = DietaryConstraints.Forbidden(diet);

            // Covered by a stricter diet, or by an equal one listed earlier.
            var cover = diets
                .Where((other, j) => j != i
                    && other != diet
                    && Covers(other, forbids)
                    && (!Covers(diet, DietaryConstraints.Forbidden(other)) || j < i))
                .ToList();
            if (cover.Count == 0)
            {
                effective.Add(diet);
                continue;
            }

            var stricter = cover[0];
            notes.Add(
                $"{stricter.Tag()} and {diet.Tag()}: {stricter.Tag()} is the stricter and holds ({diet.Tag()} adds "
                + "nothing to it)");
        }

        return (effective, notes);
    }

    private static bool Covers(DietaryConstraint diet, IngredientTraits forbids)
        => (DietaryConstraints.Forbidden(diet) & forbids) == forbids;

    private static StockProblem? ListProblem(IReadOnlyList<string?>? list, string field)
    {
        if (list is null)
        {
            return null;
        }

        if (list.Count > MaxEntries)
        {
            return new(StockProblemKind.InvalidProfile, $"{field}: {list.Count} entries (limit {MaxEntries})");
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i]))
            {
                return new(StockProblemKind.InvalidProfile, $"{field}[{i}]: empty entry");
            }

            if (list[i]!.Length > StockLimits.MaxNameLength)
            {
                return new(
                    StockProblemKind.InvalidProfile,
                    $"{field}[{i}]: {list[i]!.Length} characters (limit {StockLimits.MaxNameLength})");
            }
        }

        return null;
    }

    private static List<string> Clean(IReadOnlyList<string?>? list) =>
        (list ?? []).Select(s => s!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static ProfileRead Refuse(StockProblem problem) => new(null, [], [], problem);

    /// <summary>The reader calls a profile's diets "constraints"; a household profile names them "diets".</summary>
    private static string Field(string readerField) => readerField == "constraints" ? "diets" : readerField;
}

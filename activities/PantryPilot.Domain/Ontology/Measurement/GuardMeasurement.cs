namespace PantryPilot.Domain.Ontology.Measurement;

/// <summary>
/// Runs labelled pairs through the guard as a request would: strict policy, "may contain" not allowed. A rule is read
/// like a request's (<see cref="DietaryRequest.Parse"/>); one the guard refuses makes its pairs not allowed.
/// </summary>
public static class GuardMeasurement
{
    private const string AllergyPrefix = "allergy:";

    public static GuardFigures Measure(IEnumerable<LabelledPair> pairs, OntologyData? data = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        data ??= OntologyData.Default;
        var ontology = ReferenceEquals(data, OntologyData.Default)
            ? IngredientOntology.Default
            : new IngredientOntology(data);
        var policies = new Dictionary<string, DietaryPolicy?>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var leaks = new List<string>();
        var misses = new List<string>();
        int count = 0, forbidden = 0, safe = 0, safeAllowed = 0, refused = 0;
        foreach (var pair in pairs)
        {
            count++;
            names.Add(pair.Name);
            if (!policies.TryGetValue(pair.Rule, out var policy))
            {
                policy = policies[pair.Rule] = PolicyFor(pair.Rule, data, ontology);
            }

            var verdict = policy?.Check(pair.Name);
            var permitted = verdict?.Permitted ?? false;
            refused += policy is null ? 1 : 0;
            if (pair.ExpectForbidden)
            {
                forbidden++;
                if (permitted)
                {
                    leaks.Add($"{pair.File} line {pair.Line}: '{pair.Name}' for {pair.Rule}");
                }
            }
            else
            {
                safe++;
                safeAllowed += permitted ? 1 : 0;
                if (!permitted)
                {
                    misses.Add(
                        $"{pair.File} line {pair.Line}: '{pair.Name}' for {pair.Rule}: "
                        + $"{verdict?.Reason ?? "the rule was refused"}");
                }
            }
        }

        var single = Enum.GetValues<DietaryConstraint>()
            .Select(c => new DietaryPolicy(new DietaryRequest([c], []), lenient: false, ontology)).ToList();
        var unknown = names.Count(name => single.All(p => p.Check(name).Status == ComplianceStatus.Unknown));
        return new GuardFigures(
            count,
            names.Count,
            forbidden,
            leaks.Count,
            safe,
            safeAllowed,
            unknown,
            refused,
            leaks,
            misses);
    }

    private static DietaryPolicy? PolicyFor(string rule, OntologyData data, IngredientOntology ontology)
    {
        try
        {
            var request = rule.StartsWith(AllergyPrefix, StringComparison.OrdinalIgnoreCase)
                ? DietaryRequest.Parse([], [rule[AllergyPrefix.Length..]], data)
                : DietaryRequest.Parse([rule], [], data);
            return new DietaryPolicy(request, lenient: false, ontology);
        }
        catch (DietaryRequestException)
        {
            return null;
        }
    }
}

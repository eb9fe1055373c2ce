using System.Globalization;

namespace PantryPilot.Domain.Promotion;

/// <summary>The one rule every promotion passes: never promote a candidate below the floors, nor one worse than the
/// model being served. "Worse" means lower parse rate, raw compliance or served compliance overall, or lower raw or
/// served compliance on a tag both measured, by more than <see cref="PromotionFloors.MaxRegression"/>. A figure the
/// candidate lacks fails its floor (unmeasured is not evidence); a figure the served entry lacks is not compared
/// (noted). Re-promoting the entry being served is allowed (a retried promote).</summary>
public static class PromotionGate
{
    public static PromotionGateResult Evaluate(
        string candidateId,
        IReadOnlyDictionary<string, double> candidate,
        string? servedId,
        IReadOnlyDictionary<string, double>? served,
        PromotionFloors floors
    )
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(floors);
        var reasons = new List<string>();
        var notes = new List<string>();
        if (servedId is not null && servedId == candidateId)
        {
            return new([], [$"{candidateId} is already served"]);
        }

        if (floors.Samples > 0)
        {
            var samples = candidate.TryGetValue(PromotionMetrics.Samples, out var n) ? n : 0;
            if (samples < floors.Samples)
            {
                reasons.Add(
                    $"evaluated on {samples.ToString("0", CultureInfo.InvariantCulture)} samples; the floor is " +
                    $"{floors.Samples}"
                );
            }
        }

        Floor(reasons, candidate, PromotionMetrics.ParseRate, "parse rate", floors.ParseRate);
        Floor(reasons, candidate, PromotionMetrics.RawCompliance, "raw compliance", floors.RawCompliance);
        Floor(
            reasons,
            candidate,
            PromotionMetrics.ServedCompliance,
            "served compliance",
            floors.ServedCompliance,
            "no recipe was served through the guard"
        );
        foreach (var tag in PromotionMetrics.Tags(candidate, PromotionMetrics.RawCompliance))
        {
            Floor(
                reasons,
                candidate,
                PromotionMetrics.PerTag(PromotionMetrics.RawCompliance, tag),
                $"raw compliance for {tag}",
                floors.RawFloorFor(tag)
            );
        }

        foreach (var tag in PromotionMetrics.Tags(candidate, PromotionMetrics.ServedCompliance))
        {
            Floor(
                reasons,
                candidate,
                PromotionMetrics.PerTag(PromotionMetrics.ServedCompliance, tag),
                $"served compliance for {tag}",
                floors.ServedCompliance
            );
        }

        if (servedId is not null)
        {
            var theirs = served ?? new Dictionary<string, double>();
            var compared = new List<(string Metric, string Label)>
            {
                (PromotionMetrics.ParseRate, "parse rate"),
                (PromotionMetrics.RawCompliance, "raw compliance"),
                (PromotionMetrics.ServedCompliance, "served compliance"),
            };
            foreach (var metric in new[] { PromotionMetrics.RawCompliance, PromotionMetrics.ServedCompliance })
            {
                var label = metric == PromotionMetrics.RawCompliance ? "raw compliance" : "served compliance";
                compared.AddRange(
                    PromotionMetrics
                        .Tags(theirs, metric)
                        .Select(tag => (PromotionMetrics.PerTag(metric, tag), $"{label} for {tag}"))
                );
            }

            foreach (var (metric, label) in compared)
            {
                if (!theirs.TryGetValue(metric, out var baseline))
                {
                    notes.Add($"{servedId} (served) has no {label}: not compared");
                    continue;
                }

                var mine = candidate.TryGetValue(metric, out var value) ? value : (double?)null;
                if (mine is null)
                {
                    reasons.Add($"{label} not measured; {servedId} (served) has {Percent(baseline)}");
                }
                else if (mine < baseline - floors.MaxRegression - 1e-12)
                {
                    reasons.Add(
                        $"{label} {Percent(mine.Value)} is worse than {Percent(baseline)} of {servedId}, which is " +
                        "served now"
                    );
                }
            }
        }

        return new(reasons, notes);
    }

    private static void Floor(
        List<string> reasons,
        IReadOnlyDictionary<string, double> metrics,
        string metric,
        string label,
        double floor,
        string? missing = null
    )
    {
        if (floor <= 0)
        {
            return;
        }

        if (!metrics.TryGetValue(metric, out var value))
        {
            reasons.Add(
                $"{label} not measured{(missing is null ? string.Empty : $" ({missing})")}; the floor is " +
                $"{Percent(floor)}"
            );
        }
        else if (value < floor - 1e-12)
        {
            reasons.Add($"{label} {Percent(value)} is below the floor of {Percent(floor)}");
        }
    }

    private static string Percent(double value) => value.ToString("P1", CultureInfo.InvariantCulture);
}

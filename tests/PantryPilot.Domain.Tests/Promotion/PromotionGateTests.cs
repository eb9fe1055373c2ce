using PantryPilot.Domain.Promotion;

namespace PantryPilot.Domain.Tests.Promotion;

/// <summary>The gate's verdicts on figures written by hand, among them the base model the issue names (0 % raw
/// compliance, 11 % parse rate), which used to be promoted.</summary>
public sealed class PromotionGateTests
{
    private static Dictionary<string, double> Figures(
        double parse,
        double raw,
        double? served = 1.0,
        int samples = 100,
        params (string Tag, double Raw)[] tags
    )
    {
        var metrics = new Dictionary<string, double>
        {
            ["parse_rate"] = parse,
            ["raw_compliance"] = raw,
            ["samples"] = samples,
        };
        if (served is { } s)
        {
            metrics["served_compliance"] = s;
        }

        foreach (var (tag, value) in tags)
        {
            metrics[$"raw_compliance:{tag}"] = value;
        }

        return metrics;
    }

    [Fact]
    public void Evaluate_BaseModelWithNoComplianceAndElevenPercentParseRate_Refused()
    {
        var result = PromotionGate.Evaluate(
            "run/base",
            Figures(0.11, 0.0, served: null, samples: 100),
            null,
            null,
            PromotionFloors.Default
        );

        Assert.False(result.Allowed);
        Assert.Equal(
            [
                "parse rate 11.0 % is below the floor of 90.0 %",
                "raw compliance 0.0 % is below the floor of 80.0 %",
                "served compliance not measured (no recipe was served through the guard); the floor is 100.0 %",
            ],
            result.Reasons
        );
    }

    [Fact]
    public void Evaluate_GoodCandidateNothingServed_Allowed() =>
        Assert.True(
            PromotionGate
                .Evaluate(
                    "run/iter-8000",
                    Figures(0.98, 0.96, tags: [("vegan", 1.0), ("gluten-free", 0.88)]),
                    null,
                    null,
                    PromotionFloors.Default
                )
                .Allowed
        );

    [Fact]
    public void Evaluate_OneTagBelowItsFloor_RefusedNamingTheTag()
    {
        var floors = PromotionFloors.Default with { Tags = new Dictionary<string, double> { ["gluten-free"] = 0.9 } };

        var result = PromotionGate.Evaluate(
            "run/iter-8000",
            Figures(0.98, 0.96, tags: [("vegan", 0.79), ("gluten-free", 0.88)]),
            null,
            null,
            floors
        );

        Assert.Equal(
            [
                "raw compliance for gluten-free 88.0 % is below the floor of 90.0 %",
                "raw compliance for vegan 79.0 % is below the floor of 80.0 %",
            ],
            result.Reasons
        );
    }

    [Fact]
    public void Evaluate_WorseThanServedOnOneFigure_RefusedNamingTheServedEntry()
    {
        var served = Figures(0.97, 0.95, tags: [("vegan", 1.0)]);

        var result = PromotionGate.Evaluate(
            "run-2/iter-4000",
            Figures(0.99, 0.97, tags: [("vegan", 0.98)]),
            "run-1/iter-8000",
            served,
            PromotionFloors.Default
        );

        Assert.Equal(
            ["raw compliance for vegan 98.0 % is worse than 100.0 % of run-1/iter-8000, which is served now"],
            result.Reasons
        );
    }

    [Fact]
    public void Evaluate_EqualToServed_NotWorse() =>
        Assert.True(
            PromotionGate.Evaluate("b", Figures(0.95, 0.9), "a", Figures(0.95, 0.9), PromotionFloors.Default).Allowed
        );

    [Fact]
    public void Evaluate_WithinAllowedRegression_Allowed()
    {
        var floors = PromotionFloors.Default with { MaxRegression = 0.02 };

        Assert.True(PromotionGate.Evaluate("b", Figures(0.95, 0.89), "a", Figures(0.95, 0.9), floors).Allowed);
        Assert.False(PromotionGate.Evaluate("b", Figures(0.95, 0.87), "a", Figures(0.95, 0.9), floors).Allowed);
    }

    [Fact]
    public void Evaluate_ServedEntryLacksAFigure_ComparedOnTheRestAndNoted()
    {
        var result = PromotionGate.Evaluate(
            "b",
            Figures(0.95, 0.9),
            "a",
            new Dictionary<string, double> { ["raw_compliance"] = 0.85 },
            PromotionFloors.Default
        );

        Assert.True(result.Allowed);
        Assert.Equal(
            ["a (served) has no parse rate: not compared", "a (served) has no served compliance: not compared"],
            result.Notes
        );
    }

    [Fact]
    public void Evaluate_TooFewSamples_Refused() =>
        Assert.Equal(
            ["evaluated on 10 samples; the floor is 20"],
            PromotionGate.Evaluate("b", Figures(1, 1, samples: 10), null, null, PromotionFloors.Default).Reasons
        );

    [Fact]
    public void Evaluate_TheEntryAlreadyServed_Allowed() =>
        Assert.True(
            PromotionGate.Evaluate("a", Figures(0.1, 0.1), "a", Figures(0.1, 0.1), PromotionFloors.Default).Allowed
        );

    [Fact]
    public void Evaluate_FloorsAllZero_OnlyTheServedComparisonCounts()
    {
        var none = new PromotionFloors(0, 0, 0, 0);

        Assert.True(PromotionGate.Evaluate("b", Figures(0.1, 0.0, served: null), null, null, none).Allowed);
        Assert.False(
            PromotionGate
                .Evaluate("b", Figures(0.1, 0.0, served: null), "a", Figures(0.2, 0.0, served: null), none)
                .Allowed
        );
    }

    [Fact]
    public void Floors_OutOfRange_EveryProblemNamed() =>
        Assert.Equal(
            [
                "Promotion:Floors:ParseRate must be a fraction between 0 and 1 (got 1.5)",
                "Promotion:Floors:Tags:vegan must be a fraction between 0 and 1 (got -0.1)",
                "Promotion:Floors:Samples must be 0 or more (got -1)",
            ],
            new PromotionFloors(
                ParseRate: 1.5,
                Samples: -1,
                Tags: new Dictionary<string, double> { ["vegan"] = -0.1 }
            ).Problems()
        );
}

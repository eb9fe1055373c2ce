using System.Globalization;
using Microsoft.Extensions.Configuration;
using PantryPilot.Domain.Promotion;

namespace PantryPilot.Activities.Training;

/// <summary>The promotion floors of this host (section <c>Promotion:Floors</c>, e.g. Promotion__Floors__ParseRate=0.95,
/// Promotion__Floors__Tags__vegan=0.98). Configured on the promoting host, not in the run's input: whoever can start a
/// run cannot lower the bar for it.</summary>
public sealed class PromotionGateOptions
{
    public const string Section = "Promotion:Floors";

    public double ParseRate { get; set; } = PromotionFloors.Default.ParseRate;

    public double RawCompliance { get; set; } = PromotionFloors.Default.RawCompliance;

    public double ServedCompliance { get; set; } = PromotionFloors.Default.ServedCompliance;

    public int Samples { get; set; } = PromotionFloors.Default.Samples;

    public double MaxRegression { get; set; } = PromotionFloors.Default.MaxRegression;

    public Dictionary<string, double> Tags { get; set; } = new(StringComparer.Ordinal);

    public PromotionFloors Floors => new(ParseRate, RawCompliance, ServedCompliance, Samples, Tags, MaxRegression);

    /// <summary>Reads and checks the section; throws <see cref="InvalidOperationException"/> naming every bad
    /// key.</summary>
    public static PromotionFloors From(IConfiguration configuration)
    {
        var options = new PromotionGateOptions();
        try
        {
            configuration.GetSection(Section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"invalid promotion floors: {e.Message}", e);
        }

        var floors = options.Floors;
        var problems = floors.Problems();
        return problems.Count == 0
            ? floors
            : throw new InvalidOperationException("invalid promotion floors: " + string.Join("; ", problems));
    }

    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"parse rate >= {ParseRate:P0}, raw compliance >= {RawCompliance:P0}, served compliance >= " +
            $"{ServedCompliance:P0}, samples >= {Samples}"
        );
}

using PantryPilot.Activities.Pipeline;
using Temporalio.Activities;

namespace PantryPilot.Activities.Reports;

public sealed record BuildReportsInput(PipelineRun Run, string InventoryPath, string PurchasesPath);

public sealed record BuildReportsOutput(string BiasCsvPath, string ProfileCsvPath, string HtmlPath);

/// <summary>Representation/bias report and per-column profile over the processed tables.</summary>
public class ReportActivities
{
    [Activity]
    public Task<BuildReportsOutput> BuildAsync(BuildReportsInput input) => throw new NotImplementedException("reports");
}

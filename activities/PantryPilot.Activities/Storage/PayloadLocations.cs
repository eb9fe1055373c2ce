using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Storage;

namespace PantryPilot.Activities.Storage;

/// <summary>Turns the data locations a payload carries into full paths under the activity's <see cref="DataRoot"/>,
/// at the activity's boundary (the code behind it takes full paths). A location the root refuses is a
/// <see cref="BadInputException"/> naming it: no retry can fix it.</summary>
public static class PayloadLocations
{
    /// <summary>The full path of <paramref name="location"/> under <paramref name="root"/>.</summary>
    public static string Resolved(this DataRoot root, string location)
    {
        ArgumentNullException.ThrowIfNull(root);
        try
        {
            return root.Resolve(location);
        }
        catch (DataLocationException e)
        {
            throw new BadInputException(e.Message, e);
        }
    }

    /// <summary><see cref="Resolved(DataRoot, string)"/> for an optional location: null stays null.</summary>
    public static string? ResolvedOptional(this DataRoot root, string? location)
        => location is null ? null : root.Resolved(location);

    /// <summary>The run with its data folder, suites folder and CSV sources as full paths.</summary>
    public static PipelineRun Resolved(this DataRoot root, PipelineRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run with
        {
            DataDir = root.Resolved(run.DataDir),
            SuitesDir = root.ResolvedOptional(run.SuitesDir),
            Csv = run.Csv is { } csv
                ? new CsvSource(
                    root.Resolved(csv.InventoryCsv),
                    root.Resolved(csv.PurchasesCsv),
                    root.ResolvedOptional(csv.ReceiptsDir))
                : null,
        };
    }

    /// <summary>The training output with every path it hands back located relative to
    /// <paramref name="root"/>.</summary>
    public static TrainOutput Located(this DataRoot root, TrainOutput output)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(output);
        return output with
        {
            Checkpoints =
            [
                .. output.Checkpoints.Select(c => c with
                {
                    Path = root.Locate(c.Path),
                    AdapterPath = root.LocateOptional(c.AdapterPath),
                }),
            ],
            LossCurveCsv = root.LocateOptional(output.LossCurveCsv),
            LossCurvePng = root.LocateOptional(output.LossCurvePng),
        };
    }

    /// <summary>The run with its dataset folder, data folder and corpus as full paths.</summary>
    public static RecipeModelRun Resolved(this DataRoot root, RecipeModelRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run with
        {
            DatasetDir = root.Resolved(run.DatasetDir),
            Input = run.Input with
            {
                DataDir = root.Resolved(run.Input.DataDir),
                CorpusPath = root.ResolvedOptional(run.Input.CorpusPath),
            },
        };
    }
}

using PantryPilot.Cli.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.RecipeModel;
using Spectre.Console;

namespace PantryPilot.Cli.Tests.Pipeline;

/// <summary>One printer for both flows' progress: a line when a stage starts, ends or fails, nothing when it is
/// asked again with nothing new; recipe-model stages also print when their detail (a generate wave) changes.</summary>
public class ProgressPrinterTests
{
    private readonly StringWriter written = new();

    private ProgressPrinter Printer() => new(AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(written),
    }));

    private string[] Lines => written.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Pipeline_EachStageChangePrintsOnce()
    {
        var printer = Printer();
        printer.Print(new PipelineProgress("r", [new("ingest", StageState.Running), new("validate", StageState.Pending)]));
        printer.Print(new PipelineProgress("r", [new("ingest", StageState.Running), new("validate", StageState.Pending)]));
        printer.Print(new PipelineProgress("r", [new("ingest", StageState.Completed, 10, 9, 1, "raw/inventory.parquet"), new("validate", StageState.Failed)]));

        Assert.Equal(3, Lines.Length);
        Assert.StartsWith("[0/2] ingest ... (", Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("[1/2] ingest done: 10 in, 9 out, 1 quarantined raw/inventory.parquet (", Lines[1], StringComparison.Ordinal);
        Assert.StartsWith("[1/2] validate failed (", Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void RecipeModel_NewDetailOfARunningStagePrintsAgain()
    {
        var printer = Printer();
        printer.Print(new RecipeModelProgress("m", [new("dataset-generate", RecipeStageState.Running, Detail: "wave 1/3")]));
        printer.Print(new RecipeModelProgress("m", [new("dataset-generate", RecipeStageState.Running, Detail: "wave 1/3")]));
        printer.Print(new RecipeModelProgress("m", [new("dataset-generate", RecipeStageState.Running, Detail: "wave 2/3")]));
        printer.Print(new RecipeModelProgress("m", [new("dataset-generate", RecipeStageState.Completed, 300, 290, 10, "3 batches")]));

        Assert.Equal(3, Lines.Length);
        Assert.StartsWith("[0/1] dataset-generate wave 1/3 (", Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("[0/1] dataset-generate wave 2/3 (", Lines[1], StringComparison.Ordinal);
        Assert.StartsWith("[1/1] dataset-generate done: 300 in, 290 out, 10 removed; 3 batches (", Lines[2], StringComparison.Ordinal);
    }
}

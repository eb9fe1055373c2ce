using System.Text.Json;
using PantryPilot.Domain.RecipeModel;
using PantryPilot.Domain.Retraining;

namespace PantryPilot.Activities.Retraining;

/// <summary>train.jsonl and valid.jsonl of one kind, written as samples stream by. Each side holds its latest line back
/// until the end, so that with two or more samples neither file ends up empty (mlx-lm refuses an empty validation
/// set): a side left empty takes the other side's held line. Lineage lines are written when a line's file is
/// final.</summary>
public sealed class SplitFiles : IAsyncDisposable
{
    private readonly string folder;
    private readonly string label;
    private readonly JsonLinesFile train;
    private readonly JsonLinesFile valid;
    private readonly JsonLinesFile lineage;
    private (string Line, LineageLine Lineage)? heldTrain;
    private (string Line, LineageLine Lineage)? heldValid;

    /// <param name="label">The folder's name in lineage lines ("preference", "supervised").</param>
    public SplitFiles(string folder, string label, JsonLinesFile lineage)
    {
        this.folder = folder;
        this.label = label;
        this.lineage = lineage;
        train = new JsonLinesFile(TrainPath);
        valid = new JsonLinesFile(ValidPath);
    }

    public string Folder => folder;

    public string TrainPath => Path.Combine(folder, "train.jsonl");

    public string ValidPath => Path.Combine(folder, "valid.jsonl");

    public long Train { get; private set; }

    public long Valid { get; private set; }

    public void Add(string line, LineageLine origin, bool toValid)
    {
        if (toValid)
        {
            if (heldValid is { } earlier)
            {
                Place(earlier, toValid: true);
            }

            heldValid = (line, origin);
        }
        else
        {
            if (heldTrain is { } earlier)
            {
                Place(earlier, toValid: false);
            }

            heldTrain = (line, origin);
        }
    }

    /// <summary>Places the held lines (moving one across when a side would stay empty) and commits both
    /// files.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        var trainCount = Train + (heldTrain is null ? 0 : 1);
        var validCount = Valid + (heldValid is null ? 0 : 1);
        if (validCount == 0 && trainCount >= 2)
        {
            (heldValid, heldTrain) = (heldTrain, null);
        }
        else if (trainCount == 0 && validCount >= 2)
        {
            (heldTrain, heldValid) = (heldValid, null);
        }

        if (heldTrain is { } t)
        {
            Place(t, toValid: false);
        }

        if (heldValid is { } v)
        {
            Place(v, toValid: true);
        }

        await train.CommitAsync(cancellationToken);
        await valid.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await train.DisposeAsync();
        await valid.DisposeAsync();
    }

    private void Place((string Line, LineageLine Lineage) item, bool toValid)
    {
        (toValid ? valid : train).WriteLine(item.Line);
        lineage.WriteLine(
            JsonSerializer.Serialize(item.Lineage with { File = $"{label}/{(toValid ? "valid" : "train")}.jsonl" },
                RetrainingJson.Files.LineageLine));
        if (toValid)
        {
            Valid++;
        }
        else
        {
            Train++;
        }
    }
}

using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Input of the train activity.</summary>
/// <param name="ArtifactRoot">The artifact store: checkpoints, the training state and the loss curve go under
/// <c>models/&lt;RunId&gt;/</c> here, so any worker that picks up a retry finds them.</param>
/// <param name="DatasetDir">Folder with train.jsonl and valid.jsonl (the split).</param>
/// <param name="DatasetSnapshotId">Recorded with every checkpoint (lineage from dataset to checkpoint).</param>
/// <param name="Iterations">Fixed iteration count; null derives it from <paramref name="TrainSamples"/> and
/// epochs.</param>
/// <param name="Mode">Preference: the folder holds prompt/chosen/rejected pairs and the host's preference trainer
/// (Training:PreferenceCommand) runs; null or Supervised: the supervised trainer. Not written when null.</param>
public sealed record TrainInput(
    string RunId,
    string ArtifactRoot,
    string DatasetDir,
    string DatasetSnapshotId,
    int TrainSamples,
    LoraSettings Lora,
    int? Iterations = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TrainMode? Mode = null);

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PantryPilot.Activities.Training;
using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Activities.Tests.Training;

public sealed class ModelRegistryTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static ModelRegistryEntry Entry(string id, string? adapter = null) =>
        new(id, "recipe-model", adapter, "snap-" + id, new Dictionary<string, double> { ["raw_compliance"] = 0.9, ["served_compliance"] = 1 }, new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero), "ana");

    [Fact]
    public void RegisterAndPromote_ThenRollback_ServesThePreviousEntry()
    {
        var registry = new ModelRegistry(temp.Path);

        var first = registry.RegisterAndPromote(Entry("run-1/base"));
        var second = registry.RegisterAndPromote(Entry("run-2/iter-0008000", "/store/a.onnx_adapter"));
        Assert.Null(first.Previous);
        Assert.Equal("run-1/base", second.Previous);

        // Read the file independently of the code under test.
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "models", "registry.json"))))
        {
            Assert.Equal("run-2/iter-0008000", json.RootElement.GetProperty("promoted").GetString());
            Assert.Equal(2, json.RootElement.GetProperty("entries").GetArrayLength());
            Assert.Equal("ana", json.RootElement.GetProperty("entries")[1].GetProperty("approvedBy").GetString());
        }

        var back = registry.Rollback();

        Assert.Equal("run-1/base", back.Promoted);
        Assert.Equal("run-1/base", registry.Read().PromotedEntry!.Id);
        Assert.Equal(2, registry.Read().Entries.Count);
    }

    [Fact]
    public void RegisterAndPromote_Retried_DoesNotPushHistoryTwice()
    {
        var registry = new ModelRegistry(temp.Path);
        registry.RegisterAndPromote(Entry("run-1/base"));
        registry.RegisterAndPromote(Entry("run-2/x"));

        registry.RegisterAndPromote(Entry("run-2/x"));

        Assert.Equal(["run-1/base", "run-2/x"], registry.Read().History);
    }

    [Fact]
    public void Promote_UnknownId_FailsNamingTheRegistry()
    {
        var registry = new ModelRegistry(temp.Path);
        registry.RegisterAndPromote(Entry("run-1/base"));

        var e = Assert.Throws<ModelRegistryException>(() => registry.Promote("run-9/nope"));

        Assert.Contains("no model 'run-9/nope'", e.Message, StringComparison.Ordinal);
        Assert.Contains("registry.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollback_SinglePromotion_Fails()
    {
        var registry = new ModelRegistry(temp.Path);
        Assert.Throws<ModelRegistryException>(registry.Rollback);
        registry.RegisterAndPromote(Entry("run-1/base"));

        Assert.Contains("nothing to roll back to", Assert.Throws<ModelRegistryException>(registry.Rollback).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisterAndPromote_ManyAtOnce_LosesNoEntryAndNoPromotion()
    {
        // 8 threads x 5 changes, each through its own registry object (as separate processes would), released together.
        const int Threads = 8;
        const int Each = 5;
        using var start = new Barrier(Threads);
        var errors = new List<Exception>();
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                for (var i = 0; i < Each; i++)
                {
                    new ModelRegistry(temp.Path).RegisterAndPromote(Entry($"run-{t}/iter-{i}"));
                }
            }
            catch (Exception e)
            {
                lock (errors)
                {
                    errors.Add(e);
                }
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(errors);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "models", "registry.json")));
        var expected = Enumerable.Range(0, Threads).SelectMany(t => Enumerable.Range(0, Each).Select(i => $"run-{t}/iter-{i}")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var history = json.RootElement.GetProperty("history").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(expected, history.Order(StringComparer.Ordinal));
        Assert.Equal(history[^1], json.RootElement.GetProperty("promoted").GetString());
        Assert.False(File.Exists(Path.Combine(temp.Path, "models", ".pantrypilot.lock")));
    }

    [Fact]
    public void Promote_LockHeldByALiveProcess_WaitsThenFailsNamingItAndTakesOverOnceItIsDead()
    {
        var registry = new ModelRegistry(temp.Path, lockWait: TimeSpan.FromSeconds(1));
        registry.RegisterAndPromote(Entry("run-1/base"));
        registry.RegisterAndPromote(Entry("run-2/base"));
        var before = File.ReadAllText(registry.Path);
        using var holder = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        try
        {
            // The holder's lock as another process would have written it (the lock file format, written here by hand).
            var started = DateTimeOffset.UtcNow.AddSeconds(1).ToString("O", CultureInfo.InvariantCulture);
            File.WriteAllText(registry.LockPath, $$"""{"run_id": "model-registry-change-other", "pid": {{holder.Id}}, "host": "{{Environment.MachineName}}", "started_at": "{{started}}"}""");

            var busy = Assert.Throws<ModelRegistryBusyException>(registry.Rollback);

            Assert.Contains($"process {holder.Id}", busy.Message, StringComparison.Ordinal);
            Assert.Contains("not released within 1 s", busy.Message, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllText(registry.Path));
        }
        finally
        {
            holder.Kill();
            holder.WaitForExit();
        }

        var messages = new List<string>();
        var back = new ModelRegistry(temp.Path, TimeSpan.FromSeconds(1), messages.Add).Rollback();

        Assert.Equal("run-1/base", back.Promoted);
        Assert.Contains(messages, m => m.Contains($"process {holder.Id}", StringComparison.Ordinal) && m.Contains("no longer running", StringComparison.Ordinal));
        Assert.False(File.Exists(registry.LockPath));
    }

    [Fact]
    public void Read_CorruptFile_NamesTheFile()
    {
        temp.File("models/registry.json", "{ not json");

        var e = Assert.Throws<InvalidDataException>(() => new ModelRegistry(temp.Path).Read());

        Assert.Contains("registry.json: not a model registry", e.Message, StringComparison.Ordinal);
    }
}

public sealed class CheckpointComparisonTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static SampleVerdict V(string tag, bool parsed, bool compliant, bool served = true) =>
        new(Guid.NewGuid().ToString("N"), [tag], parsed, compliant, compliant || !parsed ? [] : ["forbidden: chicken stock"], served, 0, 10, 5, 500);

    [Fact]
    public void Write_ThreeCandidates_FiguresPerTagAndBestByRawComplianceThenValLoss()
    {
        EvaluationCandidate base0 = new("base", null, null, null), a = new("iter-0000500", 500, 1.5, "/a"), b = new("iter-0001000", 1000, 1.1, "/b"), broken = new("iter-0001500", 1500, 0.9, "/c");
        EvaluateCheckpointOutput[] shards =
        [
            new(base0, [V("vegetarian", true, false), V("vegetarian", false, false, served: false)], 1, null),
            new(base0, [V("vegan", true, true), V("vegan", true, false)], 1, null),
            new(a, [V("vegetarian", true, true), V("vegetarian", true, true), V("vegan", true, true), V("vegan", false, false)], 1, null),
            new(b, [V("vegetarian", true, true), V("vegetarian", true, true), V("vegan", true, false), V("vegan", true, true)], 1, null),
            new(broken, [], 0, "adapter not usable: failed to load"),
        ];

        var output = CheckpointComparison.Write(new CompareCheckpointsInput("run-1", temp.Path, shards));

        // a and b both reach 3 of 4; b has the lower val loss. broken never counts.
        Assert.Equal("iter-0001000", output.Best);
        var baseResult = output.Candidates.Single(c => c.Candidate.Name == "base");
        Assert.Equal(0.75, baseResult.Overall.ParseRate);
        Assert.Equal(0.25, baseResult.Overall.RawCompliance);
        Assert.Equal(3, baseResult.Overall.ServedRecipes);
        Assert.Equal(1.0, baseResult.Overall.ServedCompliance);
        Assert.Equal(0.0, baseResult.PerTag.Single(t => t.Tag == "vegetarian").RawCompliance);
        Assert.Equal(0.5, baseResult.PerTag.Single(t => t.Tag == "vegan").RawCompliance);
        Assert.Equal("adapter not usable: failed to load", output.Candidates.Single(c => c.Candidate.Name == "iter-0001500").Error);

        using var json = JsonDocument.Parse(File.ReadAllText(output.JsonPath));
        Assert.Equal("iter-0001000", json.RootElement.GetProperty("best").GetString());
        Assert.Contains("<b>iter-0001000</b>", File.ReadAllText(output.HtmlPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_VerdictsInFiles_SameFiguresAsInline()
    {
        // Release 2's shards write their verdicts to files; the comparison must judge exactly as on inline verdicts.
        EvaluationCandidate base0 = new("base", null, null, null), a = new("iter-0000500", 500, 1.5, "/a");
        var shards = new Dictionary<(string, int), EvaluateCheckpointOutput>
        {
            [("base", 0)] = new(base0, [V("vegetarian", true, false), V("vegan", true, true)], 1, null),
            [("base", 2)] = new(base0, [V("vegan", true, true)], 1, null),
            [("iter-0000500", 0)] = new(a, [V("vegetarian", true, true), V("vegan", true, true)], 1, null),
            [("iter-0000500", 2)] = new(a, [V("vegan", false, false)], 1, null),
        };
        var verdicts = temp.Combine("verdicts");
        foreach (var ((candidate, offset), shard) in shards)
        {
            var path = EvaluationNames.VerdictsFile(verdicts, candidate, offset);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, JsonSerializer.Serialize(shard, PantryPilot.Contracts.Payloads.PayloadJson.Options));
        }

        var fromFiles = CheckpointComparison.Write(new CompareCheckpointsInput("run-1", temp.Combine("files"), [], [base0, a], verdicts, Requests: 3, ShardSize: 2));
        var inline = CheckpointComparison.Write(new CompareCheckpointsInput("run-1", temp.Combine("inline"), shards.Values.ToArray()));

        Assert.Equal(JsonSerializer.Serialize(inline.Candidates), JsonSerializer.Serialize(fromFiles.Candidates));
        Assert.Equal(inline.Best, fromFiles.Best);
    }

    [Fact]
    public void Write_VerdictFileMissing_NamesTheShard()
    {
        var e = Assert.Throws<FileNotFoundException>(() => CheckpointComparison.Write(
            new CompareCheckpointsInput("run-1", temp.Path, [], [new("base", null, null, null)], temp.Combine("verdicts"), Requests: 10, ShardSize: 10)));

        Assert.Contains("verdicts of base from sample 0 are missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OnlyBrokenCandidates_HasNoBest()
    {
        var output = CheckpointComparison.Write(new CompareCheckpointsInput("run-1", temp.Path, [new(new("iter-1", 1, 1, "/x"), [], 0, "adapter not usable")]));

        Assert.Null(output.Best);
    }
}

using PantryPilot.Domain.Training;

namespace PantryPilot.Domain.Tests.Training;

public class TrainerProgressLineTests
{
    [Fact]
    public void Parse_MlxTrainLine_ReadsEveryField()
    {
        var line = TrainerProgressLine.Parse("Iter 100: Train loss 1.234, Learning Rate 1.000e-04, It/sec 0.512, Tokens/sec 420.1, Trained Tokens 81234, Peak mem 9.8 GB");

        Assert.Equal(new TrainerProgressLine(TrainerLineKind.Train, 100, TrainLoss: 1.234, LearningRate: 1e-4, TokensPerSecond: 420.1, PeakMemoryGb: 9.8), line);
    }

    [Fact]
    public void Parse_MlxValidationLine_ReadsValLoss()
    {
        Assert.Equal(new TrainerProgressLine(TrainerLineKind.Validation, 200, ValLoss: 1.101), TrainerProgressLine.Parse("Iter 200: Val loss 1.101, Val took 12.3s"));
    }

    [Fact]
    public void Parse_SavedLine_TakesTheNumberedCheckpoint()
    {
        var line = TrainerProgressLine.Parse("Iter 500: Saved adapter weights to adapters/adapters.safetensors and adapters/0000500_adapters.safetensors.");

        Assert.Equal(TrainerLineKind.Saved, line.Kind);
        Assert.Equal(500, line.Iteration);
        Assert.Equal("adapters/0000500_adapters.safetensors", line.SavedPath);
    }

    [Fact]
    public void Parse_SavedFinalLine_IsRecognised()
    {
        var line = TrainerProgressLine.Parse("Saved final weights to adapters/adapters.safetensors.");

        Assert.Equal(TrainerLineKind.SavedFinal, line.Kind);
        Assert.Equal("adapters/adapters.safetensors", line.SavedPath);
    }

    [Fact]
    public void Parse_OlderMlxLineWithoutPeakMemory_LeavesItNull()
    {
        var line = TrainerProgressLine.Parse("Iter 10: Train loss 2.500, Learning Rate 1.000e-05, It/sec 1.2, Tokens/sec 300.0, Trained Tokens 4000");

        Assert.Equal(2.5, line.TrainLoss);
        Assert.Null(line.PeakMemoryGb);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Loading pretrained model")]
    [InlineData("Iter : Train loss 1.0")]
    [InlineData("Iter 99999999999999: Train loss 1.0")]
    [InlineData("Iter 12: something else entirely")]
    [InlineData("Traceback (most recent call last):")]
    [InlineData("Iteration 100: Train loss 1.0")]
    [InlineData("Iter 100: Train loss , Learning Rate")]
    public void Parse_AnythingElse_IsOtherAndNeverThrows(string text)
    {
        Assert.Equal(TrainerLineKind.Other, TrainerProgressLine.Parse(text).Kind);
    }

    [Fact]
    public void Parse_NanLoss_IsKeptAsNaN()
    {
        var line = TrainerProgressLine.Parse("Iter 30: Train loss nan, Learning Rate 1.000e-04, It/sec 0.5, Tokens/sec 400.0, Trained Tokens 10, Peak mem 1.0 GB");

        Assert.True(double.IsNaN(line.TrainLoss!.Value));
    }
}

public class ResumePlanTests
{
    [Fact]
    public void From_CheckpointsUpTo8000Of10956_ResumesFrom8000For2956()
    {
        var plan = ResumePlan.From(10956, Enumerable.Range(1, 16).Select(i => i * 500).Reverse());

        Assert.Equal(new ResumePlan(10956, 8000, 2956), plan);
        Assert.Equal(8001, plan.Global(1));
    }

    [Fact]
    public void From_NoCheckpoint_StartsFresh()
    {
        Assert.Equal(new ResumePlan(100, 0, 100), ResumePlan.From(100, []));
    }

    [Fact]
    public void From_CheckpointPastTheTotal_IsIgnored()
    {
        Assert.Equal(new ResumePlan(1000, 500, 500), ResumePlan.From(1000, [500, 1500]));
    }

    [Fact]
    public void From_FinalCheckpoint_IsFinished()
    {
        Assert.True(ResumePlan.From(1000, [500, 1000]).IsFinished);
    }

    [Fact]
    public void Factor_BatchCutFrom4To1_TrainerRunsFourTimesTheStepsAndMapsBackRoundingDown()
    {
        var plan = ResumePlan.From(1000, [500]) with { Factor = ResumePlan.FactorFor(4, 1) };

        Assert.Equal(2000, plan.TrainerIterations);
        Assert.Equal(2000, plan.TrainerSteps(500));
        Assert.Equal(500, plan.Global(3));
        Assert.Equal(501, plan.Global(4));
        Assert.Equal(1000, plan.Global(2000));
    }

    [Fact]
    public void FactorFor_BatchThatDoesNotDivide_Throws()
    {
        Assert.Throws<ArgumentException>(() => ResumePlan.FactorFor(5, 2));
    }

    [Theory]
    [InlineData(3652, 3, 1, 10956)]
    [InlineData(3653, 3, 1, 10959)]
    [InlineData(10, 1, 4, 3)]
    [InlineData(8, 1, 4, 2)]
    public void IterationsFor_RoundsUp(int samples, int epochs, int batch, int expected)
    {
        Assert.Equal(expected, ResumePlan.IterationsFor(samples, epochs, batch));
    }
}

public class OutOfMemoryPolicyTests
{
    [Theory]
    [InlineData("libc++abi: terminating due to uncaught exception of type std::runtime_error: [METAL] Command buffer execution failed: Insufficient Memory (00000008:kIOGPUCommandBufferCallbackErrorOutOfMemory)")]
    [InlineData("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB")]
    [InlineData("terminate called after throwing an instance of 'std::bad_alloc'")]
    public void IsOutOfMemory_KnownTrainerMessages_True(string line)
    {
        Assert.True(OutOfMemoryPolicy.IsOutOfMemory(["Iter 10: Train loss 1.0", line]));
    }

    [Fact]
    public void IsOutOfMemory_OrdinaryCrash_False()
    {
        Assert.False(OutOfMemoryPolicy.IsOutOfMemory(["Traceback (most recent call last):", "ValueError: bad data in train.jsonl line 3"]));
    }

    [Fact]
    public void Next_WalksThePolicyToTheEnd()
    {
        var steps = new List<MemorySettings>();
        var current = new MemorySettings(2048, 4, 1);
        while (OutOfMemoryPolicy.Next(current) is { } next)
        {
            current = next.Settings;
            steps.Add(current);
        }

        MemorySettings[] expected = [new(2048, 2, 2), new(2048, 1, 4), new(1024, 1, 4), new(512, 1, 4)];
        Assert.Equal(expected, steps);
    }

    [Theory]
    [InlineData(6, 2, 3, 4)] // 6 -> 3: accumulation x2
    [InlineData(3, 4, 1, 12)] // 3 -> 1: accumulation x3
    [InlineData(5, 1, 1, 5)] // 5 has no divisor between: straight to 1
    [InlineData(12, 1, 6, 2)]
    public void Next_Batch_CutsToALargestDivisorKeepingSamplesPerUpdate(int batch, int accumulation, int expectedBatch, int expectedAccumulation)
    {
        var next = OutOfMemoryPolicy.Next(new MemorySettings(2048, batch, accumulation))!.Value;

        Assert.Equal(new MemorySettings(2048, expectedBatch, expectedAccumulation), next.Settings);
        Assert.Equal(batch * accumulation, next.Settings.BatchSize * next.Settings.GradAccumulation);
        Assert.Equal(0, batch % next.Settings.BatchSize);
        Assert.Contains($"trainer iterations x{batch / expectedBatch}", next.Change, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_OriginalSettings_HalvesSequenceAndSaysSo()
    {
        var next = OutOfMemoryPolicy.Next(new MemorySettings(2048, 1, 4))!.Value;

        Assert.Equal(new MemorySettings(1024, 1, 4), next.Settings);
        Assert.Equal("out of memory: max sequence length 2048 -> 1024", next.Change);
    }
}

public class CommandTemplateTests
{
    private static readonly string[] Known = ["model", "resume", "iters"];

    [Fact]
    public void Arguments_QuotedWordsAndListPlaceholder_ExpandWithoutAShell()
    {
        var template = CommandTemplate.Parse("'/opt/my trainer/run.sh' --model {model} --iters={iters} {resume} --note \"a; rm -rf /\"", Known);
        var values = new Dictionary<string, IReadOnlyList<string>> { ["model"] = ["/m/phi 3"], ["iters"] = ["42"], ["resume"] = ["--resume-adapter-file", "/s/0008000.safetensors"] };

        Assert.Equal("/opt/my trainer/run.sh", template.Program);
        Assert.Equal(["--model", "/m/phi 3", "--iters=42", "--resume-adapter-file", "/s/0008000.safetensors", "--note", "a; rm -rf /"], template.Arguments(values));
    }

    [Fact]
    public void Arguments_EmptyListPlaceholder_Disappears()
    {
        var template = CommandTemplate.Parse("train {resume} --x", Known);

        Assert.Equal(["--x"], template.Arguments(new Dictionary<string, IReadOnlyList<string>> { ["resume"] = [] }));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("train --model {nope}", "unknown placeholder(s) {nope}")]
    [InlineData("train 'unclosed", "unclosed ' quote")]
    [InlineData("{model} --train", "must start with a program")]
    public void Parse_BadTemplate_ThrowsWithReason(string text, string reason)
    {
        var e = Assert.Throws<CommandTemplateException>(() => CommandTemplate.Parse(text, Known));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }
}

public class CheckpointChoiceTests
{
    [Fact]
    public void Best_HighestRawComplianceThenLowestValLoss()
    {
        CandidateScore[] candidates =
        [
            new("base", 0.62, null, null),
            new("iter-0006000", 0.96, 0.80, 6000),
            new("iter-0008000", 0.96, 0.75, 8000),
            new("iter-0010956", 0.90, 0.70, 10956),
            new("broken", null, 0.10, 500),
        ];

        Assert.Equal("iter-0008000", CheckpointChoice.Best(candidates));
    }

    [Fact]
    public void Best_NothingEvaluated_IsNull()
    {
        Assert.Null(CheckpointChoice.Best([new("broken", null, 0.5, 500)]));
    }
}

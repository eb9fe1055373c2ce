using PantryPilot.Cli.RecipeModel;
using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Cli.Tests.RecipeModel;

/// <summary>The terminal approval of an in-process run: it waits for a decision (or the timeout), it does not time out
/// at once as it used to.</summary>
public sealed class PromptApprovalGateTests
{
    private static readonly PendingApproval Pending = new(
        "run/base",
        "base",
        0.5,
        null,
        "report.html",
        default,
        default,
        0
    );

    private static ApprovalSettings Settings(double waitSeconds = 60, double reminderSeconds = 30) =>
        new(true, TimeSpan.FromSeconds(reminderSeconds), TimeSpan.FromSeconds(waitSeconds));

    [Fact]
    public async Task Wait_ApproveLine_ApprovedByThatPersonWithTheComment()
    {
        using var output = new StringWriter();

        var decision = await new PromptApprovalGate(new StringReader("approve ana looks fine\n"), output).WaitAsync(
            Pending,
            Settings()
        );

        Assert.Equal(new PromotionDecision(true, "ana", "looks fine"), decision);
        Assert.Contains(
            "Approval needed to promote run/base: raw compliance 50.0 %, served compliance n/a; report report.html",
            output.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Wait_UnclearLineThenRefusal_AsksAgainThenRefuses()
    {
        using var output = new StringWriter();

        var decision = await new PromptApprovalGate(new StringReader("sure\nrefuse ben\n"), output).WaitAsync(
            Pending,
            Settings()
        );

        Assert.Equal((false, "ben"), (decision!.Approve, decision.By));
        Assert.Contains("Not understood", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_InputClosed_NoDecision()
    {
        using var output = new StringWriter();

        Assert.Null(
            await new PromptApprovalGate(new StringReader(string.Empty), output).WaitAsync(Pending, Settings())
        );
        Assert.Contains(
            "Input closed without a decision: run/base is not promoted.",
            output.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Wait_NobodyAnswers_RemindsThenTimesOutAfterTheWholeWait()
    {
        using var output = new StringWriter();
        using var silent = new SilentTerminal();
        var started = DateTime.UtcNow;

        var decision = await new PromptApprovalGate(silent, output).WaitAsync(
            Pending,
            Settings(waitSeconds: 2.0, reminderSeconds: 0.3)
        );

        Assert.Null(decision);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(1.95), TimeSpan.FromSeconds(15));
        Assert.Contains("Reminder 1: run/base still waits", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Reminder 2:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("is not promoted.", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("approve", null)]
    [InlineData("maybe ana", null)]
    [InlineData("yes ana", true)]
    [InlineData("  NO   ben  too risky ", false)]
    public void Parse_Lines(string line, bool? approve) =>
        Assert.Equal(approve, PromptApprovalGate.Parse(line)?.Approve);

    /// <summary>TEST DOUBLE of a terminal nobody types into: ReadLine blocks until the test ends.</summary>
    private sealed class SilentTerminal : TextReader
    {
        private readonly ManualResetEventSlim closed = new();

        public override string? ReadLine()
        {
            closed.Wait();
            return null;
        }

        protected override void Dispose(bool disposing)
        {
            closed.Set();
            if (disposing)
            {
                closed.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

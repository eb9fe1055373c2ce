using System.Text.Json;
using System.Text.RegularExpressions;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Notifications;

/// <summary>`pantrypilot notify` and `model approve-link|check-link` as a user runs them: a separate process, its exit
/// code, its output and the files it leaves.</summary>
public sealed class NotifyCommandsTests : IDisposable
{
    private const string Key = "cli-test-signing-key-0123456789-abcdefghij";
    private const string SecretPath = "/services/T0CLI/B0CLI/clisecrettoken9876";
    private readonly string dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    private static Dictionary<string, string?> Approval(string approvers = "ana, Ben") =>
        new()
        {
            ["Approval__SigningKey"] = Key,
            ["Approval__Approvers"] = approvers,
            ["Approval__LinkBaseUrl"] = "https://pantry.example.com",
        };

    [Fact]
    public async Task NotifyTest_NothingConfigured_WritesTheSampleToTheOutboxFile()
    {
        var result = await CliRunner.RunAsync(["notify", "test", "--event", "expiry-reminder"], workingDirectory: dir);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("file: Delivered after 1 attempt(s)", Flat(result.Output), StringComparison.Ordinal);
        var line = Assert.Single(await File.ReadAllLinesAsync(Path.Combine(dir, "notifications", "outbox.jsonl")));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("expiry-reminder", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal(
            "Household household-17: 2 item(s) expire within 3 day(s)",
            json.RootElement.GetProperty("title").GetString()
        );
        Assert.Single(Directory.GetFiles(Path.Combine(dir, "notifications", "deliveries"), "*.json"));
    }

    [Fact]
    public async Task NotifyTest_WebhookUnreachable_Exit10GaveUpAndNoSecretPrinted()
    {
        var env = new Dictionary<string, string?>
        {
            ["Notifications__Channels__ops__Type"] = "webhook",
            ["Notifications__Channels__ops__Url"] = $"http://127.0.0.1:{ClosedPort.Next()}{SecretPath}",
            ["Notifications__Channels__ops__SigningKey"] = Key,
            ["Notifications__MaxAttempts"] = "2",
            ["Notifications__FirstDelaySeconds"] = "0.1",
            ["Notifications__MaxDelaySeconds"] = "0.1",
        };

        var result = await CliRunner.RunAsync(
            ["notify", "test", "--channel", "ops", "--event", "training-failed"],
            env,
            dir
        );
        var channels = await CliRunner.RunAsync(["notify", "channels"], env, dir);

        Assert.Equal(10, result.ExitCode);
        Assert.Contains("ops: GaveUp after 2 attempt(s)", Flat(result.Output), StringComparison.Ordinal);
        Assert.Equal(0, channels.ExitCode);
        Assert.Contains("http://127.0.0.1:", channels.Output, StringComparison.Ordinal);
        foreach (var text in new[] { result.All, channels.All })
        {
            Assert.DoesNotContain("clisecrettoken9876", text, StringComparison.Ordinal);
            Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NotifyTest_BadConfiguration_Exit2NamingTheKey()
    {
        var result = await CliRunner.RunAsync(
            ["notify", "test"],
            new Dictionary<string, string?>
            {
                ["Notifications__Channels__ops__Type"] = "webhook",
                ["Notifications__Channels__ops__Url"] = "https://hooks.example.com" + SecretPath,
            },
            dir
        );

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(
            "Notifications:Channels:ops:SigningKey is required for a webhook channel",
            Flat(result.All),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("clisecrettoken9876", result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--event", "party-started", "--event 'party-started' is not an event kind")]
    [InlineData("--channel", "pager", "no channel 'pager' is configured (configured: file)")]
    public async Task NotifyTest_UnknownEventOrChannel_Exit2(string option, string value, string message)
    {
        var result = await CliRunner.RunAsync(["notify", "test", option, value], workingDirectory: dir);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, Flat(result.All), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproveLink_MintedThenChecked_ValidForItsRunOnly()
    {
        var mint = await CliRunner.RunAsync(
            [
                "model",
                "approve-link",
                "--id",
                "recipe-model-nov",
                "--entry",
                "recipe-model-nov/iter-0008000",
                "--approver",
                "Ben",
            ],
            Approval(),
            dir
        );

        Assert.True(mint.ExitCode == 0, mint.All);
        var link = mint.Output.Trim();
        Assert.Matches(@"^https://pantry\.example\.com/approve\?token=v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$", link);
        Assert.DoesNotContain(Key, mint.All, StringComparison.Ordinal);

        var valid = await CliRunner.RunAsync(
            ["model", "check-link", "--id", "recipe-model-nov", "--entry", "recipe-model-nov/iter-0008000", link],
            Approval(),
            dir
        );
        var otherRun = await CliRunner.RunAsync(
            ["model", "check-link", "--id", "recipe-model-dec", "--entry", "recipe-model-nov/iter-0008000", link],
            Approval(),
            dir
        );
        var tampered = await CliRunner.RunAsync(
            [
                "model",
                "check-link",
                "--id",
                "recipe-model-nov",
                "--entry",
                "recipe-model-nov/iter-0008000",
                // A character inside the signature: its last characters carry padding bits a strict decoder may
                // refuse (read as Malformed), so changing them made this test pass or fail by the random key.
                link[..^10] + (link[^10] == 'A' ? 'B' : 'A') + link[^9..],
            ],
            Approval(),
            dir
        );
        var removed = await CliRunner.RunAsync(
            ["model", "check-link", "--id", "recipe-model-nov", "--entry", "recipe-model-nov/iter-0008000", link],
            Approval("ana"),
            dir
        );
        var otherKey = await CliRunner.RunAsync(
            ["model", "check-link", "--id", "recipe-model-nov", "--entry", "recipe-model-nov/iter-0008000", link],
            new Dictionary<string, string?>(Approval())
            {
                ["Approval__SigningKey"] = "another-key-0123456789-0123456789-xyz",
            },
            dir
        );

        Assert.Equal((0, "Valid: approved by ben"), (valid.ExitCode, valid.Output.Trim()));
        Assert.Equal((2, "WrongWorkflow"), (otherRun.ExitCode, otherRun.Output.Split(':')[0]));
        Assert.Equal((2, "Forged"), (tampered.ExitCode, tampered.Output.Split(':')[0]));
        Assert.Equal((2, "NotAnApprover"), (removed.ExitCode, removed.Output.Split(':')[0]));
        Assert.Equal((2, "Forged"), (otherKey.ExitCode, otherKey.Output.Split(':')[0]));
    }

    [Fact]
    public async Task ApproveLink_ApproverNotOnTheList_Exit2NothingMinted()
    {
        var result = await CliRunner.RunAsync(
            ["model", "approve-link", "--id", "w", "--entry", "w/base", "--approver", "mallory"],
            Approval(),
            dir
        );

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("mallory is not on Approval:Approvers (ana, ben)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproveLink_NoKey_Exit2SayingWhichVariable()
    {
        var result = await CliRunner.RunAsync(
            ["model", "approve-link", "--id", "w", "--entry", "w/base", "--approver", "ana"],
            workingDirectory: dir
        );

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(
            "Approval:SigningKey is not set (environment Approval__SigningKey)",
            result.Error,
            StringComparison.Ordinal
        );
    }
}

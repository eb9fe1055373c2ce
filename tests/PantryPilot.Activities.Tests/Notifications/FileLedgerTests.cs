using PantryPilot.Activities.Notifications;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Tests.Notifications;

public sealed class FileLedgerTests
{
    [Fact]
    public async Task Claim_TwentyAtOnce_ExactlyOneMaySend()
    {
        using var dir = new TempDirectory();
        var ledger = new FileDeliveryLedger(dir.Path);
        var now = DateTimeOffset.UtcNow;

        var claims = await Task.WhenAll(
            Enumerable
                .Range(0, 20)
                .Select(_ => Task.Run(() => ledger.ClaimAsync("race-1", "hook", now, TimeSpan.FromMinutes(1), default)))
        );

        Assert.Single(claims, c => c.Action == ClaimAction.Send);
        Assert.All(claims.Where(c => c.Action != ClaimAction.Send), c => Assert.Equal(ClaimAction.Busy, c.Action));
    }

    [Fact]
    public async Task Record_Survives_ANewLedgerOnTheSameFolder()
    {
        using var dir = new TempDirectory();
        var now = DateTimeOffset.UtcNow;
        await new FileDeliveryLedger(dir.Path).ClaimAsync("e", "hook", now, TimeSpan.FromMinutes(1), default);
        await new FileDeliveryLedger(dir.Path).RecordAsync("e", "hook", DeliveryState.Sent, "HTTP 200", now, default);

        var (action, record) = await new FileDeliveryLedger(dir.Path).ClaimAsync(
            "e",
            "hook",
            now.AddDays(1),
            TimeSpan.FromMinutes(1),
            default
        );

        Assert.Equal(ClaimAction.AlreadySent, action);
        Assert.Equal("HTTP 200", record!.Detail);
    }

    [Fact]
    public async Task Read_CorruptRecord_NamesTheFileAndHowToResend()
    {
        using var dir = new TempDirectory();
        var ledger = new FileDeliveryLedger(dir.Path);
        Directory.CreateDirectory(ledger.Folder);
        await File.WriteAllTextAsync(ledger.PathOf("e", "hook"), "{not json");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() =>
            ledger.ClaimAsync("e", "hook", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), default)
        );

        Assert.Contains(ledger.PathOf("e", "hook"), error.Message, StringComparison.Ordinal);
        Assert.Contains("move it away", error.Message, StringComparison.Ordinal);
    }
}

using PantryPilot.Activities.Notifications;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Domain.Notifications;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Tests.Notifications;

/// <summary>The delivery ledger in real PostgreSQL (table notification_deliveries, created by migration 3), through the
/// notifier as a worker runs it.</summary>
public sealed class PostgresLedgerTests(PostgresSchemaFixture pg) : IClassFixture<PostgresSchemaFixture>
{
    private static readonly NotificationEvent Notice = new TrainingFailedEvent(
        "training-failed:run-9:train",
        DateTimeOffset.UnixEpoch,
        "run-9",
        "train",
        "TrainerCrashed: exit 137"
    );

    [PostgresFact]
    public async Task Retry_AfterCrashBetweenSendAndRecord_ResendsSameKeyOnceTheLeaseRunsOut()
    {
        await pg.Database.MigrateAsync();
        await using var hook = new WebhookListener(_ => WebhookListener.Ok());
        var ledger = new PostgresDeliveryLedger(pg.Database);
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url), _ => new CrashingLedger(
            ledger,
            CrashingLedger.Step.BeforeRecord
        ));

        await Assert.ThrowsAsync<SimulatedCrashException>(() => harness.Activities.SendAsync(new(Notice)));
        Assert.Equal(
            "sending",
            await pg.ScalarAsync(
                "SELECT state FROM notification_deliveries WHERE event_id = 'training-failed:run-9:train' AND channel = 'hook'"
            )
        );
        var early = await Assert.ThrowsAsync<ApplicationFailureException>(() =>
            harness.Activities.SendAsync(new(Notice))
        );
        Assert.Equal(NotificationNames.DeliveryInFlight, early.ErrorType);

        harness.Clock.Offset = harness.Get<NotificationLease>().Duration + TimeSpan.FromSeconds(1);
        var retried = await harness.Activities.SendAsync(new(Notice));
        var again = await harness.Activities.SendAsync(new(Notice));

        Assert.Equal(DeliveryStatus.Delivered, retried.Deliveries[0].Status);
        Assert.Equal(DeliveryStatus.AlreadyDelivered, again.Deliveries[0].Status);
        Assert.Equal(2, hook.Requests);
        Assert.Single(hook.Accepted);
        Assert.Equal(
            "sent",
            await pg.ScalarAsync(
                "SELECT state FROM notification_deliveries WHERE event_id = 'training-failed:run-9:train'"
            )
        );
        Assert.Equal(
            2,
            await pg.ScalarAsync(
                "SELECT attempts FROM notification_deliveries WHERE event_id = 'training-failed:run-9:train'"
            )
        );
    }

    [PostgresFact]
    public async Task Claim_TwentyAtOnce_ExactlyOneMaySend()
    {
        await pg.Database.MigrateAsync();
        var ledger = new PostgresDeliveryLedger(pg.Database);
        var now = DateTimeOffset.UtcNow;

        var claims = await Task.WhenAll(
            Enumerable
                .Range(0, 20)
                .Select(_ => ledger.ClaimAsync("race-1", "hook", now, TimeSpan.FromMinutes(1), default))
        );

        Assert.Single(claims, c => c.Action == ClaimAction.Send);
        Assert.All(claims.Where(c => c.Action != ClaimAction.Send), c => Assert.Equal(ClaimAction.Busy, c.Action));
    }

    [PostgresFact]
    public async Task Ledger_TableMissing_SaysToMigrate()
    {
        var fresh = new PostgresSchemaFixture();
        await fresh.InitializeAsync();
        await using var cleanup = new AsyncCleanup(fresh.DisposeAsync);
        var ledger = new PostgresDeliveryLedger(fresh.Database);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ledger.ClaimAsync("x", "hook", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), default)
        );

        Assert.Contains("pantrypilot db migrate", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>Runs a cleanup at the end of a using block.</summary>
internal sealed class AsyncCleanup(Func<Task> cleanup) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await cleanup();
}

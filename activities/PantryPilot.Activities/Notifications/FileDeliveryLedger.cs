using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PantryPilot.Activities.Training;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>The delivery ledger as files, for the embedded default (no database): one JSON file per event and channel
/// under <c>&lt;directory&gt;/deliveries/</c>, named by the SHA-256 of both, replaced by rename. A claim holds an
/// exclusive lock file (an OS file lock, released when the process dies) while it reads and writes, so processes on one
/// host, or on hosts sharing a volume whose file system honours locks, never claim the same delivery twice.</summary>
public sealed class FileDeliveryLedger(string directory) : IDeliveryLedger
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    public string Folder { get; } = Path.Combine(Path.GetFullPath(directory), "deliveries");

    public async Task<(ClaimAction Action, DeliveryRecord? Record)> ClaimAsync(
        string eventId,
        string channel,
        DateTimeOffset now,
        TimeSpan lease,
        CancellationToken cancellationToken
    )
    {
        using var held = await LockAsync(eventId, channel, cancellationToken);
        var existing = Read(eventId, channel);
        var action = DeliveryRules.Decide(existing, now);
        if (action is ClaimAction.Send or ClaimAction.Resend)
        {
            var claimed = DeliveryRules.Claim(existing, eventId, channel, now, lease);
            Write(claimed);
            return (action, claimed);
        }

        return (action, existing);
    }

    public async Task RecordAsync(
        string eventId,
        string channel,
        DeliveryState state,
        string detail,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        using var held = await LockAsync(eventId, channel, cancellationToken);
        var existing = Read(eventId, channel) ?? new DeliveryRecord(eventId, channel, state, 1, now, now, detail);
        Write(existing with { State = state, Detail = detail, UpdatedAt = now, LeaseUntil = now });
    }

    public Task<DeliveryRecord?> ReadAsync(string eventId, string channel, CancellationToken cancellationToken) =>
        Task.FromResult(Read(eventId, channel));

    public string PathOf(string eventId, string channel) =>
        Path.Combine(
            Folder,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{eventId}\n{channel}"))) + ".json"
        );

    private DeliveryRecord? Read(string eventId, string channel)
    {
        var path = PathOf(eventId, channel);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DeliveryRecord>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(
                $"{path}: not a delivery record ({e.Message}); move it away to send event {eventId} to {channel} again",
                e
            );
        }
    }

    private void Write(DeliveryRecord record) =>
        AtomicFile.WriteAllText(PathOf(record.EventId, record.Channel), JsonSerializer.Serialize(record, Json));

    private async Task<FileStream> LockAsync(string eventId, string channel, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var path = PathOf(eventId, channel) + ".lock";
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(Random.Shared.Next(5, 30), cancellationToken);
            }
        }
    }
}

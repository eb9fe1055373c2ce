using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>The default channel: one JSON line per message (<see cref="NotificationEnvelope"/>) appended to a file, and
/// the title logged. Needs no network; what a person reads with <c>tail -f notifications/outbox.jsonl</c>. Approval
/// links are written as they are: the file is as private as the data folder it lives in.</summary>
public sealed class FileChannel(string name, ChannelOptions options, string path, ILogger logger) : INotificationChannel
{
    private static readonly SemaphoreSlim Append = new(1, 1);

    public string Name { get; } = name;

    public ChannelOptions Options { get; } = options;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public async Task<SendAttempt> SendOnceAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(NotificationEnvelope.Build(notification)) + "\n");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await Append.WaitAsync(cancellationToken);
        try
        {
            // One write of the whole line in append mode: lines of other processes never interleave inside it.
            await using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            await file.WriteAsync(line, cancellationToken);
        }
        finally
        {
            Append.Release();
        }

        logger.LogInformation(
            "Notification {EventId} ({Kind}) written to {Path}: {Title}",
            notification.EventId,
            notification.Kind,
            Path,
            notification.Message.Title
        );
        return new SendAttempt(new ReceiverAnswer(ReceiverVerdict.Accepted, $"appended to {Path}"));
    }
}

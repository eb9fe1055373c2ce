using System.Text.Json;
using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Payloads;
using Temporalio.Activities;

namespace PantryPilot.Activities.Households;

/// <summary>The file sink of the household notifier: one JSON file per notification under
/// <c>&lt;root&gt;/notifications/&lt;household&gt;/&lt;id&gt;.json</c> (written to a temporary name, then renamed), and
/// a log line. A notification id already written is not written again, so a retried activity delivers once.</summary>
public sealed class FileHouseholdNotifier(string root, ILogger<FileHouseholdNotifier>? logger = null)
    : IHouseholdNotifier
{
    public const string Channel = "file";

    public string Folder { get; } = Path.Combine(Path.GetFullPath(root), "notifications");

    [Activity(HouseholdNames.NotifyActivity)]
    public async Task<NotificationReceipt> NotifyAsync(HouseholdNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var folder = Path.Combine(Folder, Safe(notification.HouseholdId));
        var path = Path.Combine(folder, Safe(notification.Id) + ".json");
        if (File.Exists(path))
        {
            return new NotificationReceipt(notification.Id, Channel, path, AlreadySent: true);
        }

        Directory.CreateDirectory(folder);
        var temporary = path + $".{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(notification, PayloadJson.Options));
        File.Move(temporary, path, overwrite: true);
        var log = CurrentActivity.Logger ?? logger;
        log?.LogInformation("Household {Household} notified ({Kind}): {Title} -> {Path}", notification.HouseholdId,
            notification.Kind, notification.Title, path);
        return new NotificationReceipt(notification.Id, Channel, path, AlreadySent: false);
    }

    /// <summary>Ids become file names: anything but letters, digits, '-', '_' and '.' is replaced.</summary>
    private static string Safe(string id)
        => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
}

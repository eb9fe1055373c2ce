namespace PantryPilot.Activities.Pipeline;

/// <summary>Says plainly that a data folder cannot be written (and why), instead of letting an access-denied error
/// read as an internal error or a read-only file system read as another run holding the folder.</summary>
public static class DataFolderAccess
{
    /// <summary>The error for a folder a run cannot write: names the folder, its permissions and the user this
    /// process runs as. A <see cref="BadInputException"/>: a retry cannot fix it (the workflow fails non-retryably,
    /// exit 2).</summary>
    public static BadInputException NotWritable(string folder, Exception cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        var why = cause.Message.Contains("read-only file system", StringComparison.OrdinalIgnoreCase)
            ? "it is on a read-only file system"
            : $"permission denied: {Permissions(folder)} and this process runs as user '{Environment.UserName}'";
        return new BadInputException(
            $"{folder} is not writable ({why}); a run writes its lock, staging folder and outputs there: "
            + "make it writable or choose another --data-dir", cause);
    }

    /// <summary>Whether nothing can be created in <paramref name="folder"/> (tried with a uniquely named probe file,
    /// removed at once).</summary>
    public static bool CannotWrite(string folder)
    {
        var probe = Path.Combine(folder, $".pantrypilot.probe-{Guid.NewGuid():N}");
        try
        {
            const FileOptions deleted = FileOptions.DeleteOnClose;
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, deleted))
            {
            }

            return false;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return Directory.Exists(folder);
        }
    }

    /// <summary>"the folder has permissions r-xr-xr-x", or, when it does not exist yet, the same of the nearest
    /// existing parent (named), where it would be created; "unknown" where the platform has no Unix modes.</summary>
    public static string Permissions(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return "the folder's permissions are unknown";
        }

        var existing = folder;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            existing = parent;
        }

        var mode = File.GetUnixFileMode(existing);
        var text = string.Concat(
            Bit(mode, UnixFileMode.UserRead, 'r'),
            Bit(mode, UnixFileMode.UserWrite, 'w'),
            Bit(mode, UnixFileMode.UserExecute, 'x'),
            Bit(mode, UnixFileMode.GroupRead, 'r'),
            Bit(mode, UnixFileMode.GroupWrite, 'w'),
            Bit(mode, UnixFileMode.GroupExecute, 'x'),
            Bit(mode, UnixFileMode.OtherRead, 'r'),
            Bit(mode, UnixFileMode.OtherWrite, 'w'),
            Bit(mode, UnixFileMode.OtherExecute, 'x'));
        return existing == folder
            ? $"the folder has permissions {text}"
            : $"its parent {existing}, where it would be created, has permissions {text}";
    }

    private static char Bit(UnixFileMode mode, UnixFileMode bit, char set) => (mode & bit) != 0 ? set : '-';
}

using PantryPilot.Activities.Pipeline;

namespace PantryPilot.Activities.Tests.DataFolders;

/// <summary>A data folder that cannot be written is reported as such, naming the folder, its permissions and the
/// user, and as bad input (exit 2, a non-retryable failure), never as another run holding it or an internal error.
/// (The real permission refusal needs a user other than root: Cli.Tests' DataFolderErrorTests run the executable so.)</summary>
public sealed class DataFolderAccessTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        dir.Dispose();
    }

    [Fact]
    public void NotWritable_PermissionDenied_NamesFolderPermissionsAndUser()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only
        }

        var folder = Directory.CreateDirectory(dir.Combine("data")).FullName;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var error = DataFolderAccess.NotWritable(folder, new UnauthorizedAccessException($"Access to the path '{folder}/.pantrypilot.lock' is denied."));

        Assert.Equal(
            $"{folder} is not writable (permission denied: the folder has permissions r-xr-xr-x and this process runs as user '{Environment.UserName}'); "
            + "a run writes its lock, staging folder and outputs there: make it writable or choose another --data-dir",
            error.Message);
    }

    [Fact]
    public void NotWritable_FolderNotThereYet_NamesTheParentThatRefusesIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only
        }

        File.SetUnixFileMode(dir.Path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var folder = dir.Combine("new", "data");

        var error = DataFolderAccess.NotWritable(folder, new UnauthorizedAccessException("denied"));

        Assert.Contains($"permission denied: its parent {dir.Path}, where it would be created, has permissions r-x------ and", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotWritable_ReadOnlyFileSystem_SaysSo()
    {
        var error = DataFolderAccess.NotWritable("/mnt/snapshot/data", new IOException("Read-only file system : '/mnt/snapshot/data/.pantrypilot.lock'"));

        Assert.StartsWith("/mnt/snapshot/data is not writable (it is on a read-only file system)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CannotWrite_WritableFolder_IsFalseAndLeavesNothing()
    {
        Assert.False(DataFolderAccess.CannotWrite(dir.Path));
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }
}

namespace PantryPilot.Cli.Households;

/// <summary>One `pantrypilot household` command at a time per household on this machine: an exclusive lock file under
/// <c>&lt;data dir&gt;/.households/</c>, released by the operating system when the process ends (even when killed).
/// The database's own household lock still serialises the writes themselves.</summary>
public sealed class HouseholdCommandLock : IDisposable
{
    private readonly FileStream stream;

    private HouseholdCommandLock(FileStream stream) => this.stream = stream;

    public static async Task<HouseholdCommandLock> AcquireAsync(
        string dataDir,
        string householdId,
        TimeSpan wait,
        CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetFullPath(dataDir), ".households");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, householdId + ".lock");
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new HouseholdCommandLock(new FileStream(
                    path,
                    FileMode.OpenOrCreate,
                    FileAccess.ReadWrite,
                    FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, cancellationToken);
            }
            catch (IOException e)
            {
                throw new TimeoutException(
                    $"household {householdId} is busy: another command holds {path} (waited {wait.TotalSeconds:F0} s)",
                    e);
            }
        }
    }

    public void Dispose() => stream.Dispose();
}

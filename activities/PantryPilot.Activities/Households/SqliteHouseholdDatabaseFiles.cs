namespace PantryPilot.Activities.Households;

/// <summary>The files of one SQLite store: the database and its write-ahead log and shared-memory index.</summary>
public static class SqliteHouseholdDatabaseFiles
{
    public static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }
}

namespace PantryPilot.Activities.Tests.Versioning;

/// <summary>A scratch folder with a data directory inside it, so the default remote (<c>../pantry-remote</c>) stays in it too.</summary>
public sealed class TempDataDir : IDisposable
{
    public TempDataDir()
    {
        Root = Path.Combine(Path.GetTempPath(), "pp-versioning-" + Guid.NewGuid().ToString("N"));
        DataDir = Path.Combine(Root, "data");
        Directory.CreateDirectory(DataDir);
    }

    public string Root { get; }

    public string DataDir { get; }

    public string PathOf(string relative) => Path.Combine(DataDir, relative);

    /// <summary>Writes deterministic pseudo-random bytes (seeded), so contents differ per seed but not per run.</summary>
    public string Write(string relative, int seed, int length = 200_000)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>raw/, processed/ and alerts/ as the pipeline leaves them, plus files that are not versioned.</summary>
    public void WriteSampleData()
    {
        Write("raw/inventory.parquet", 1);
        Write("raw/purchase_history.parquet", 2);
        Write("raw/receipts/r-001.json", 3, 5_000);
        Write("processed/inventory.parquet", 4);
        Write("alerts/alerts.csv", 5, 10_000);
        Write("reports/run-report.json", 6, 1_000);
        Write("work/validated/inventory.parquet", 7, 1_000);
    }

    public int CountObjects(string dataDir)
    {
        var objects = Path.Combine(dataDir, ".pantry", "objects");
        return Directory.Exists(objects) ? Directory.EnumerateFiles(objects, "*", SearchOption.AllDirectories).Count() : 0;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A scratch folder left behind in /tmp is harmless.
        }
    }
}

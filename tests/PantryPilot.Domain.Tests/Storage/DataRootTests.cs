using CsCheck;
using PantryPilot.Domain.Storage;

namespace PantryPilot.Domain.Tests.Storage;

/// <summary>Expected paths are written out by hand; none is computed with the code under test.</summary>
public sealed class DataRootTests : IDisposable
{
    private readonly string root = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "dataroot-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("data", "data")]
    [InlineData("data/processed/inventory.parquet", "data/processed/inventory.parquet")]
    [InlineData("./data/../data/raw", "data/raw")]
    [InlineData(".", "")]
    public void Resolve_RelativeLocation_IsUnderTheRoot(string location, string underRoot)
    {
        var expected = underRoot.Length == 0 ? root : root + "/" + underRoot;

        Assert.Equal(expected, DataRoot.ForWorker(root).Resolve(location));
    }

    [Fact]
    public void Resolve_DoesNotDependOnTheWorkingDirectory()
    {
        var workingDirectory = Directory.GetCurrentDirectory();
        Assert.NotEqual(workingDirectory, root);

        Assert.Equal(root + "/data/raw", DataRoot.ForWorker(root).Resolve("data/raw"));
    }

    [Fact]
    public void Resolve_FullPathUnderTheRoot_IsKept()
    {
        Assert.Equal(root + "/data/x.csv", DataRoot.ForWorker(root).Resolve(root + "/data/x.csv"));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../other/data")]
    [InlineData("data/../../other")]
    [InlineData("/etc/passwd")]
    public void Resolve_LocationLeavingAWorkersRoot_IsRefusedNamingIt(string location)
    {
        var e = Assert.Throws<DataLocationException>(() => DataRoot.ForWorker(root).Resolve(location));

        Assert.Equal(location, e.Location);
        Assert.Equal($"data location '{location}' leaves the data root '{root}'; give a location inside it", e.Message);
    }

    [Fact]
    public void Resolve_SiblingFolderSharingTheRootsPrefix_IsRefused()
    {
        // "/tmp/dataroot-x-evil" starts with "/tmp/dataroot-x" but is not inside it.
        Assert.Throws<DataLocationException>(() => DataRoot.ForWorker(root).Resolve(root + "-evil/data"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Resolve_EmptyLocation_IsRefused(string location)
    {
        var e = Assert.Throws<DataLocationException>(() => DataRoot.ForWorker(root).Resolve(location));

        Assert.Equal("a data location is empty", e.Message);
    }

    [Fact]
    public void Resolve_LocalRun_KeepsFullPathsAnywhereAndResolvesRelativeUnderItsFolder()
    {
        var local = DataRoot.ForLocalRun(root);

        Assert.Equal("/etc/pantry/inventory.csv", local.Resolve("/etc/pantry/inventory.csv"));
        Assert.Equal(root + "/data", local.Resolve("data"));
        Assert.False(local.Confined);
    }

    [Fact]
    public void ForWorker_MissingFolder_IsRefusedNamingIt()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => DataRoot.ForWorker(root + "/missing"));

        Assert.Equal($"data root '{root}/missing' is not an existing folder", e.Message);
    }

    [Fact]
    public void TwoRootsInOneProcess_EachResolvesUnderItsOwn()
    {
        var other = Directory.CreateDirectory(root + "/second").FullName;

        Assert.Equal(root + "/data/raw", DataRoot.ForWorker(root).Resolve("data/raw"));
        Assert.Equal(root + "/second/data/raw", DataRoot.ForWorker(other).Resolve("data/raw"));
    }

    [Theory]
    [InlineData("/data/ds/processed/valid.jsonl", "data/ds/processed/valid.jsonl")]
    [InlineData("", ".")]
    public void Locate_PathUnderAWorkersRoot_IsRelativeToIt(string underRoot, string expected)
    {
        Assert.Equal(expected, DataRoot.ForWorker(root).Locate(root + underRoot));
    }

    [Fact]
    public void Locate_LocalRunOrPathOutsideTheRoot_IsUnchanged()
    {
        Assert.Equal(root + "/data/a.csv", DataRoot.ForLocalRun(root).Locate(root + "/data/a.csv"));
        Assert.Equal("/opt/elsewhere/a.csv", DataRoot.ForWorker(root).Locate("/opt/elsewhere/a.csv"));
    }

    [Fact]
    public void ResolveThenLocate_AnyRelativeLocationInside_ComesBackNormalised()
    {
        // Property: segments drawn from names and "."; the location never leaves the root, so it resolves, and
        // locating the result gives the same segments joined by '/' without the "." ones.
        var names = new[] { "a", "b", "raw", "x.parquet", "." };
        var segment = Gen.Int[0, names.Length - 1].Select(i => names[i]);
        segment.Array[1, 5].Sample(segments =>
        {
            var location = string.Join('/', segments);
            var expected = string.Join('/', segments.Where(s => s != "."));
            var worker = DataRoot.ForWorker(root);

            Assert.Equal(expected.Length == 0 ? "." : expected, worker.Locate(worker.Resolve(location)));
        });
    }
}

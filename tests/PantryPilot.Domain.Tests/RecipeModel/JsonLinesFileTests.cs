using System.Text;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Tests.RecipeModel;

public sealed class JsonLinesFileTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("pantrypilot-jsonl-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task Commit_SerializedAndUtf8LinesMixed_EachOnItsOwnLineInWriteOrder()
    {
        var path = Path.Combine(dir, "out.jsonl");
        await using (var file = new JsonLinesFile(path))
        {
            file.WriteUtf8Line("{\"a\":1}"u8);
            file.WriteLine(new RemovedSample("s.jsonl", 2, null, "duplicate", ["duplicate"], [], "{}"), RecipeModelJson.Files.RemovedSample);
            file.WriteUtf8Line(Encoding.UTF8.GetBytes("{\"name\":\"crème fraîche\"}"));
            file.WriteLine("{\"b\":2}");
            Assert.Equal(4, file.Lines);
            await file.CommitAsync(CancellationToken.None);
        }

        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal(4, lines.Length);
        Assert.Equal("{\"a\":1}", lines[0]);
        Assert.StartsWith("{\"source\":\"s.jsonl\",\"line\":2,", lines[1], StringComparison.Ordinal);
        Assert.Equal("{\"name\":\"crème fraîche\"}", lines[2]);
        Assert.Equal("{\"b\":2}", lines[3]);
        Assert.EndsWith("\n", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_WithoutCommit_LeavesNeitherTheFileNorATemp()
    {
        var path = Path.Combine(dir, "out.jsonl");
        await using (var file = new JsonLinesFile(path))
        {
            file.WriteUtf8Line("{}"u8);
        }

        Assert.Empty(Directory.GetFiles(dir));
    }
}

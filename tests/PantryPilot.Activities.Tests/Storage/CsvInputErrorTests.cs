using System.Text;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Storage;

/// <summary>Input that cannot be read at all is named for what it is: the line a non-UTF-8 byte is on (not "the
/// header"), a folder given where a CSV file is expected (not "file not found").</summary>
public sealed class CsvInputErrorTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Read_Latin1ByteOnLine151_NamesLine151NotTheHeader()
    {
        // 149 good rows, then line 151 holds "Café" written by a Latin-1 editor: 0xE9 instead of 0xC3 0xA9.
        var path = dir.File("inventory.csv");
        using (var file = File.Create(path))
        {
            var good = string.Join('\n', [SampleTables.InventoryHeader, .. Enumerable.Range(2, 149).Select(i => SampleTables.InventoryLine("u1", $"i{i}"))]) + "\n";
            file.Write(Encoding.UTF8.GetBytes(good));
            file.Write(Encoding.UTF8.GetBytes("u1,i151,Caf"));
            file.WriteByte(0xE9);
            file.Write(Encoding.UTF8.GetBytes(",1,pcs,snacks,2026-12-01,False,1.5,2026-01-01,pantry,b,vegan,0.1,1,2026-01-01,manual\n"));
        }

        var ex = Assert.Throws<BadInputException>(() => CsvTableReader.Read(path, PantrySchemas.Inventory).ToList());

        Assert.StartsWith("inventory.csv line 151 is not UTF-8: byte 0xE9 at column 12", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("header", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonUtf8ByteInTheHeader_SaysLine1IsTheHeader()
    {
        var path = dir.File("purchase_history.csv");
        File.WriteAllBytes(path, [.. "user_id,transaction_"u8.ToArray(), 0xFF, .. "id\n"u8.ToArray()]);

        var ex = Assert.Throws<BadInputException>(() => CsvTableReader.Read(path, PantrySchemas.Purchases).ToList());

        Assert.StartsWith("purchase_history.csv line 1 (the header) is not UTF-8: byte 0xFF at column 21", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AFolderInsteadOfAFile_SaysItIsAFolder()
    {
        var folder = Directory.CreateDirectory(dir.File("exports")).FullName;

        var ex = Assert.Throws<BadInputException>(() => CsvTableReader.Read(folder, PantrySchemas.Inventory).ToList());

        Assert.Equal($"{folder} is a folder, not a CSV file: give the inventory CSV file itself", ex.Message);
    }

    [Theory]
    [InlineData("plain ascii\nline two\n")]
    [InlineData("ok\n\u00e9t\u00e9 \u2192 ok\n")] // é and → written as UTF-8 are fine
    [InlineData("")]
    public void FirstInvalid_ValidUtf8_IsNull(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        Assert.Null(Utf8Scan.FirstInvalid(stream));
    }

    [Fact]
    public void FirstInvalid_SequenceSplitAcrossTheReadBuffer_IsNotAnError()
    {
        // 'é' (0xC3 0xA9) straddling the scanner's 64 KiB buffer boundary must decode, and a bad byte after it is found.
        var bytes = new List<byte>(Enumerable.Repeat((byte)'a', (1 << 16) - 1)) { 0xC3, 0xA9, (byte)'\n', (byte)'x', 0x80 };
        using var stream = new MemoryStream([.. bytes]);

        Assert.Equal(new Utf8Scan.InvalidByte(2, 2, 0x80), Utf8Scan.FirstInvalid(stream));
    }

    [Fact]
    public void FirstInvalid_TruncatedSequenceAtTheEnd_IsFound()
    {
        using var stream = new MemoryStream([(byte)'a', (byte)'\n', (byte)'b', 0xE2, 0x82]);

        Assert.Equal(new Utf8Scan.InvalidByte(2, 2, 0xE2), Utf8Scan.FirstInvalid(stream));
    }
}

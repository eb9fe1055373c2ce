using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Receipts;

namespace PantryPilot.Activities.Tests.Storage;

public sealed class CordReceiptReaderTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData("16,500", 16500)]
    [InlineData("16.500", 16500)]
    [InlineData("3.50", 3.5)]
    [InlineData("1,5", 1.5)]
    [InlineData("Rp 1.234.567", 1234567)]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("-2,000", -2000)]
    [InlineData("0.500", 0.5)]
    [InlineData("12", 12)]
    public void TryParse_ReceiptAmounts_ReadsSeparatorsLikeAPerson(string text, double expected)
    {
        Assert.True(CordAmount.TryParse(text, out var value));
        Assert.Equal(expected, value, 6);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1#2")]
    public void TryParse_NotAnAmount_ReturnsFalse(string text)
    {
        Assert.False(CordAmount.TryParse(text, out _));
    }

    [Fact]
    public void ReadFolder_CordFiles_FlattensLinesAndQuarantinesBadOnesWithFileName()
    {
        dir.File("a.json", SampleTables.CordReceipt);
        dir.File("b.json", """{"gt_parse": {"menu": {"nm": "Kimchi", "cnt": "2", "price": "8,000"}, "total": {"total_price": "16,000"}}}""");
        dir.File("c.json", """{"gt_parse": {"menu": [{"nm": "Tofu", "price": "abc"}, {"nm": "Soy sauce", "price": "2.10"}]}}""");
        dir.File("d.json", "{ not json");
        dir.File("ignored.txt", "not a receipt");

        var batches = CordReceiptReader.ReadFolder(dir.Path).ToList();
        var lines = batches.SelectMany(b => CsvTableReaderTests.Rows(b.Rows)).ToList();
        var quarantined = batches.SelectMany(b => CsvTableReaderTests.Rows(b.Quarantined)).ToList();

        Assert.Equal(7, lines.Count + quarantined.Count); // 3 + 1 + 2 lines, 1 unreadable file
        Assert.Equal(5, lines.Count);
        Assert.Equal(16500.0, lines[0]["price"]);
        Assert.Equal(16500.0, lines[1]["price"]);
        Assert.Equal(3.5, lines[2]["price"]);
        Assert.Equal(36500.0, lines[0]["sub_total"]);
        Assert.Equal(40150.0, lines[0]["total"]);
        Assert.Equal("Kimchi", lines[3]["item_name"]);
        Assert.Equal(2.0, lines[3]["count"]);
        Assert.Equal("b", lines[3]["receipt_id"]);
        Assert.Equal(2L, lines[4]["line_no"]);
        Assert.Equal("c.json line 1 field price: 'abc' is not an amount", quarantined[0]["reason"]);
        Assert.StartsWith("d.json: not valid JSON", (string)quarantined[1]["reason"]!, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => (long)i), lines.Concat(quarantined).Select(r => (long)r["source_row"]!).Order());
    }

    [Fact]
    public void Flatten_ReceiptWithoutGtParse_QuarantinesWholeReceipt()
    {
        var batches = CordReceiptReader.Flatten([new CordReceipt("r9", "u1", """{"valid_line": []}""")]).ToList();

        var row = Assert.Single(batches.SelectMany(b => CsvTableReaderTests.Rows(b.Quarantined)));
        Assert.Equal("receipt r9: no gt_parse object (not CORD v2 ground truth)", row["reason"]);
        Assert.Equal("u1", row["user_id"]);
        Assert.Equal(0, batches.Sum(b => b.Rows.RowCount));
    }
}

using PantryPilot.Activities.Storage;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Storage;

public class CsvTableWriterTests
{
    [Fact]
    public void CreateOriginalLayout_Inventory_WritesTheOriginalHeaderAndFormats()
    {
        using var dir = new TempDirectory();
        var path = dir.File("inventory.csv");
        var batch = TableBatch.Allocate(PantrySchemas.Inventory, 2);
        batch.Integer(TableSchema.SourceRowColumn)[0] = 1;
        batch.Text("user_id")[0] = "U000001";
        batch.Text("item_name")[0] = "say \"cheese\", please";
        batch.Number("quantity")[0] = 1.25;
        batch.Date("expiry_date")[0] = new DateOnly(2026, 12, 3);
        batch.Boolean("allergen_flag")[0] = true;
        batch.Timestamp("last_updated")[0] = new DateTime(2026, 11, 23, 18, 0, 0, DateTimeKind.Utc);
        batch.Text("nutritional_tags")[0] = "protein,calcium";

        using (var writer = CsvTableWriter.CreateOriginalLayout(path, PantrySchemas.Inventory))
        {
            writer.Write(batch);
            Assert.False(File.Exists(path));
            writer.Complete();
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal("user_id,item_id,item_name,quantity,unit,category,expiry_date,allergen_flag,unit_cost,last_updated,storage_type,brand,nutritional_tags,daily_usage_rate,reorder_threshold,purchase_date,source", lines[0]);
        Assert.Equal("U000001,,\"say \"\"cheese\"\", please\",1.25,,,2026-12-03,True,,2026-11-23T18:00:00Z,,,\"protein,calcium\",,,,", lines[1]);
        Assert.Equal(",,,,,,,,,,,,,,,,", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Write_BatchMissingAColumn_ThrowsNamingTheColumn()
    {
        using var dir = new TempDirectory();
        var narrow = new TableSchema("narrow", [new(TableSchema.SourceRowColumn, ColumnKind.Integer)]);
        using var writer = CsvTableWriter.Create(dir.File("x.csv"), PantrySchemas.Inventory);

        var error = Assert.Throws<ArgumentException>(() => writer.Write(TableBatch.Allocate(narrow, 1)));
        Assert.Contains("user_id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_GeneratedRows_OneLinePerRow()
    {
        using var dir = new TempDirectory();
        var path = dir.File("purchase_history.csv");
        var generator = new SyntheticDataGenerator(new(5, 8, 20, 1, 0, new DateOnly(2026, 11, 24)));
        using (var writer = CsvTableWriter.CreateOriginalLayout(path, PantrySchemas.Purchases))
        {
            foreach (var batch in generator.Purchases(16))
            {
                writer.Write(batch);
            }

            writer.Complete();
            Assert.Equal(100, writer.RowsWritten);
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal(101, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Equal(18, l.Count(ch => ch == ',')));
    }
}

using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Support;

/// <summary>Small hand-made tables that exercise every column kind, nulls included.</summary>
public static class SampleTables
{
    /// <summary>Inventory rows; every third row has nulls in every nullable column kind.</summary>
    public static TableBatch Inventory(int rows, int offset = 0)
    {
        var batch = TableBatch.Allocate(PantrySchemas.Inventory, rows);
        for (var r = 0; r < rows; r++)
        {
            var i = r + offset;
            var blank = i % 3 == 2;
            batch.Integer("source_row")[r] = i + 1;
            batch.Text("user_id")[r] = $"u{i % 4}";
            batch.Text("item_id")[r] = $"item-{i}";
            batch.Text("item_name")[r] = i % 2 == 0 ? "basmati rice" : "gochujang, \"hot\" 辣";
            batch.Number("quantity")[r] = blank ? null : 1.25 * i;
            batch.Text("unit")[r] = i % 2 == 0 ? "kg" : "ml";
            batch.Text("category")[r] = blank ? null : "grains";
            batch.Date("expiry_date")[r] = blank ? null : new DateOnly(2024, 1, 1).AddDays(i);
            batch.Boolean("allergen_flag")[r] = blank ? null : i % 2 == 0;
            batch.Number("unit_cost")[r] = blank ? null : 0.1 + i;
            batch.Timestamp("last_updated")[r] = blank ? null : new DateTime(2024, 5, 1, 8, 30, 0, DateTimeKind.Utc).AddMinutes(i);
            batch.Text("storage_type")[r] = "pantry";
            batch.Text("brand")[r] = blank ? null : "Acme";
            batch.Text("nutritional_tags")[r] = "vegan,gluten_free";
            batch.Number("daily_usage_rate")[r] = 0.5;
            batch.Number("reorder_threshold")[r] = blank ? null : 2;
            batch.Date("purchase_date")[r] = new DateOnly(2023, 12, 1);
            batch.Text("source")[r] = "test";
        }

        return batch;
    }

    public const string InventoryHeader = "user_id,item_id,item_name,quantity,unit,category,expiry_date,allergen_flag,unit_cost,last_updated,storage_type,brand,nutritional_tags,daily_usage_rate,reorder_threshold,purchase_date,source";

    public const string PurchasesHeader = "user_id,transaction_id,item_id,item_name,quantity_purchased,unit,price_total,purchase_date,store_name,payment_method,discount_applied,category,brand,location,receipt_source,weekday,purchase_channel,consumption_start_date,expected_depletion_date";

    public static string InventoryLine(string user, string item, string quantity = "2", string expiry = "2024-06-01", string tags = "\"vegan,gluten_free\"") =>
        $"{user},{item},Rice,{quantity},kg,grains,{expiry},false,1.5,2024-05-01T08:00:00Z,pantry,Acme,{tags},0.2,1,2024-04-01,manual";

    public static string PurchaseLine(string user, string tx, string quantity = "1") =>
        $"{user},{tx},i1,Milk,{quantity},L,1.99,2024-05-01,Aldi,card,0,dairy,Acme,Berlin,app,Wednesday,in_store,2024-05-02,2024-05-09";

    public const string CordReceipt = """
        {"gt_parse": {"menu": [
            {"nm": "Nasi Goreng", "cnt": "1", "price": "16,500"},
            {"nm": "Es Teh", "cnt": "2", "price": "16.500"},
            {"nm": "Latte", "cnt": "1 x", "price": "3.50"}],
          "sub_total": {"subtotal_price": "36,500"},
          "total": {"total_price": "40,150"}}}
        """;
}

using NpgsqlTypes;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Database;

/// <summary>How the pipeline's tables sit in PostgreSQL: one column per schema column (except <c>source_row</c>,
/// which is the table's <c>row_id</c> on the way out), typed as <see cref="PgType"/> says.</summary>
public static class DatabaseTables
{
    public const string RowIdColumn = "row_id";

    public const string ReceiptsTable = "receipts";

    public static TableSchema SchemaOf(DataTable table) => table switch
    {
        DataTable.Inventory => PantrySchemas.Inventory,
        DataTable.Purchases => PantrySchemas.Purchases,
        DataTable.Receipts => PantrySchemas.ReceiptLines,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    /// <summary>The table name in PostgreSQL: by design the same name the data files use.</summary>
    public static string NameOf(DataTable table) => DataPaths.TableFileName(table);

    /// <summary>The stored columns of a tabular table, in schema order, without <c>source_row</c>.</summary>
    public static IReadOnlyList<ColumnSpec> StoredColumns(DataTable table)
    {
        if (table == DataTable.Receipts)
        {
            throw new ArgumentException(
                "receipts are stored as raw CORD JSON: use PantryDatabase.Receipts (ReceiptStore)", nameof(table));
        }

        return SchemaOf(table).Columns.Where(c => c.Name != TableSchema.SourceRowColumn).ToArray();
    }

    /// <summary>The columns that name a row across loads: a household's item, a transaction's item. Duplicates within
    /// one file are allowed (the original exports have them); a load replaces all rows of each key it
    /// carries.</summary>
    public static IReadOnlyList<string> NaturalKey(DataTable table) => table switch
    {
        DataTable.Inventory => ["user_id", "item_id"],
        DataTable.Purchases => ["transaction_id", "item_id"],
        _ => throw new ArgumentException("receipts are keyed by receipt_id (ReceiptStore.LoadAsync)", nameof(table)),
    };

    public static NpgsqlDbType PgType(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => NpgsqlDbType.Text,
        ColumnKind.Number => NpgsqlDbType.Double,
        ColumnKind.Integer => NpgsqlDbType.Bigint,
        ColumnKind.Boolean => NpgsqlDbType.Boolean,
        ColumnKind.Date => NpgsqlDbType.Date,
        ColumnKind.Timestamp => NpgsqlDbType.TimestampTz,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The PostgreSQL type (pg_type oid and name) the migration gives a column of this kind: what the COPY
    /// decoder expects to find.</summary>
    public static (uint Oid, string Name) PgTypeOid(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => (25, "text"),
        ColumnKind.Number => (701, "double precision"),
        ColumnKind.Integer => (20, "bigint"),
        ColumnKind.Boolean => (16, "boolean"),
        ColumnKind.Date => (1082, "date"),
        ColumnKind.Timestamp => (1184, "timestamp with time zone"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Column names are fixed identifiers from <see cref="PantrySchemas"/>; quoting keeps reserved words
    /// safe.</summary>
    public static string ColumnList(IEnumerable<ColumnSpec> columns)
        => string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
}

using PantryPilot.Domain.Tables;
using Parquet.Schema;

namespace PantryPilot.Activities.Storage;

/// <summary>Maps PantryPilot column kinds to Parquet fields (all nullable, so missing values survive the round
/// trip).</summary>
internal static class ParquetFields
{
    public static DataField For(ColumnSpec column) => column.Kind switch
    {
        ColumnKind.Text => new DataField<string>(column.Name, true),
        ColumnKind.Number => new DataField<double?>(column.Name),
        ColumnKind.Integer => new DataField<long?>(column.Name),
        ColumnKind.Boolean => new DataField<bool?>(column.Name),
        ColumnKind.Date => new DataField<DateOnly?>(column.Name),
        ColumnKind.Timestamp => new DataField<DateTime?>(column.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "unknown column kind"),
    };

    public static ParquetSchema Schema(TableSchema schema) => new(schema.Columns.Select(For).ToArray<Field>());

    public static ColumnKind KindOf(DataField field)
    {
        var t = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (t == typeof(string) || t == typeof(ReadOnlyMemory<char>)) return ColumnKind.Text;
        if (t == typeof(double) || t == typeof(float) || t == typeof(decimal)) return ColumnKind.Number;
        if (t == typeof(long) || t == typeof(int) || t == typeof(short)) return ColumnKind.Integer;
        if (t == typeof(bool)) return ColumnKind.Boolean;
        if (t == typeof(DateOnly)) return ColumnKind.Date;
        if (t == typeof(DateTime) || t == typeof(DateTimeOffset)) return ColumnKind.Timestamp;
        throw new NotSupportedException(
            $"Parquet column '{field.Name}' has type {field.ClrType.Name}, which PantryPilot does not read");
    }
}

namespace PantryPilot.Domain.Tables;

/// <summary>One column of a table: its name and logical type.</summary>
public sealed record ColumnSpec(string Name, ColumnKind Kind)
{
    public Array NewArray(int length) => Kind switch
    {
        ColumnKind.Text => new string?[length],
        ColumnKind.Number => new double?[length],
        ColumnKind.Integer => new long?[length],
        ColumnKind.Boolean => new bool?[length],
        ColumnKind.Date => new DateOnly?[length],
        ColumnKind.Timestamp => new DateTime?[length],
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "unknown column kind"),
    };
}

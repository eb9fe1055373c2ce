namespace PantryPilot.Domain.Tables;

/// <summary>The logical type of a column; each maps to one nullable CLR array type in a
/// <see cref="TableBatch"/>.</summary>
public enum ColumnKind
{
    /// <summary><c>string?[]</c></summary>
    Text,

    /// <summary><c>double?[]</c></summary>
    Number,

    /// <summary><c>long?[]</c></summary>
    Integer,

    /// <summary><c>bool?[]</c></summary>
    Boolean,

    /// <summary><c>DateOnly?[]</c></summary>
    Date,

    /// <summary><c>DateTime?[]</c> (UTC)</summary>
    Timestamp,
}

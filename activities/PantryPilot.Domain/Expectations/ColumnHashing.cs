namespace PantryPilot.Domain.Expectations;

/// <summary>Compact value keys shared by uniqueness checks and profile sketches.</summary>
public static class ColumnHashing
{
    public static ulong Hash64(string text) => ColumnValues.Hash64(text);
}

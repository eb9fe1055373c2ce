namespace PantryPilot.Domain.Catalogue;

/// <summary>Cuisine labels used by the catalogue and the representation report.</summary>
public static class Cuisines
{
    public const string Western = "western";
    public const string Italian = "italian";
    public const string Mediterranean = "mediterranean";
    public const string Korean = "korean";
    public const string Japanese = "japanese";
    public const string Chinese = "chinese";
    public const string Thai = "thai";
    public const string Indian = "indian";
    public const string Mexican = "mexican";
    public const string MiddleEastern = "middle_eastern";
    public const string WestAfrican = "west_african";

    /// <summary>Western = European/North-American traditions (western, italian, mediterranean); every other label is
    /// non-Western.</summary>
    public static bool IsWestern(string cuisine) => cuisine is Western or Italian or Mediterranean;
}

using PantryPilot.Domain.Catalogue;

namespace PantryPilot.Domain.Generation;

/// <summary>Fixed word lists for the descriptive columns (shared strings, no per-row allocation).</summary>
internal static class GeneratorVocabulary
{
    public static readonly string[] Cities = [
        "Seattle",
        "Los Angeles",
        "New York",
        "Chicago",
        "Houston",
        "Atlanta",
        "Toronto",
        "London",
        "Manchester",
        "Berlin",
        "Seoul",
        "Busan",
        "Tokyo",
        "Osaka",
        "Shanghai",
        "Hong Kong",
        "Mumbai",
        "Bengaluru",
        "Mexico City",
        "Guadalajara",
        "Dubai",
        "Beirut",
        "Lagos",
        "Bangkok",
        "Sydney",
        ];

    public static readonly string[] WesternStores = [
        "Costco", "Kroger", "Whole Foods", "Trader Joe's", "Safeway", "Aldi", "Tesco"];

    public static readonly string[] AsianStores = ["H Mart", "99 Ranch", "Mitsuwa", "Lotte Mart", "Uwajimaya"];

    public static readonly string[] OtherStores = [
        "Patel Brothers", "La Michoacana", "Sahadi's", "Vallarta", "African Market"];

    public static readonly string[] PaymentMethods = ["credit_card", "debit_card", "cash", "mobile_wallet"];

    public static readonly string[] Channels = ["in_store", "in_store", "in_store", "online", "delivery"];

    public static readonly string[] ReceiptSources = [
        "scanned_receipt", "email_receipt", "manual_entry", "loyalty_card"];

    public static readonly string[] InventorySources = ["receipt_scan", "manual", "barcode", "app_sync"];

    public static readonly string[] Weekdays = [
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static readonly string[] UnknownUnits = ["bushel", "handful", "smidgen", "sack"];

    /// <summary>Household cuisine leanings and how often each occurs.</summary>
    public static readonly (string Cuisine, double Weight)[] CuisineMix =
    [
        (Cuisines.Western, 0.40), (Cuisines.Italian, 0.06), (Cuisines.Korean, 0.09), (Cuisines.Japanese, 0.07),
        (Cuisines.Chinese, 0.09), (Cuisines.Indian, 0.10), (Cuisines.Mexican, 0.09), (Cuisines.MiddleEastern, 0.05),
        (Cuisines.Thai, 0.03), (Cuisines.WestAfrican, 0.02),
    ];

    public static string[] Brands(string cuisine) => cuisine switch
    {
        Cuisines.Korean => ["CJ", "Sempio", "Ottogi", "Jongga", "Nongshim"],
        Cuisines.Japanese => ["Kikkoman", "Hikari", "Ajinomoto", "Mizkan"],
        Cuisines.Chinese => ["Lee Kum Kee", "Lao Gan Ma", "Pearl River Bridge", "Wei-Chuan"],
        Cuisines.Thai => ["Thai Kitchen", "Mae Ploy", "Three Crabs"],
        Cuisines.Indian => ["MDH", "Deep", "Swad", "Amul", "Laxmi"],
        Cuisines.Mexican => ["La Costena", "Goya", "Maseca", "Herdez"],
        Cuisines.MiddleEastern => ["Sadaf", "Ziyad", "Cortas"],
        Cuisines.WestAfrican => ["Tropiway", "Ola-Ola"],
        Cuisines.Italian => ["Barilla", "De Cecco", "Mutti", "Galbani"],
        _ => ["Kirkland", "Great Value", "365", "Organic Valley", "Kraft", "store brand"],
    };
}

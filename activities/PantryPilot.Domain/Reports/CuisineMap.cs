namespace PantryPilot.Domain.Reports;

/// <summary>Which culinary tradition an item belongs to, and whether that counts as Western. Used by the
/// representation report when the data carries no <c>cuisine</c> column. A small keyword map, longest keyword first,
/// so "soy sauce" wins over "sauce"; universal staples (eggs, onion, chicken ...) are "global", not Western.</summary>
public static class CuisineMap
{
    public const string Western = "western";
    public const string NonWestern = "non_western";
    public const string Global = "global";
    public const string Unknown = "unknown";

    private static readonly (string Keyword, string Cuisine)[] Keywords = Build(new Dictionary<string, string[]>
    {
        ["korean"] = ["kimchi", "gochujang", "gochugaru", "doenjang", "tteok"],
        ["japanese"] = ["miso", "nori", "mirin", "dashi", "udon", "soba", "wasabi", "panko", "sake", "furikake"],
        ["chinese"] =
        [
            "soy sauce", "tofu", "bok choy", "hoisin", "oyster sauce", "sichuan", "five spice", "bean sprout",
            "rice noodle", "shaoxing", "tamari"
        ],
        ["indian"] =
        [
            "paneer", "ghee", "garam masala", "turmeric", "lentil", "dal", "basmati", "chickpea", "cardamom",
            "chapati", "naan", "atta", "curry leaves"
        ],
        ["southeast_asian"] =
        [
            "fish sauce", "coconut milk", "lemongrass", "curry paste", "jasmine rice", "tamarind", "sriracha",
            "galangal"
        ],
        ["latin_american"] =
        [
            "masa", "tortilla", "jalapeno", "salsa", "black beans", "chipotle", "plantain", "queso fresco",
            "tomatillo"
        ],
        ["middle_eastern"] =
            ["tahini", "hummus", "za'atar", "pita", "bulgur", "sumac", "harissa", "couscous", "halloumi"],
        ["asian"] = ["rice", "ginger", "sesame oil", "scallion", "seaweed", "noodle"],
        ["italian"] =
        [
            "pasta", "spaghetti", "penne", "parmesan", "mozzarella", "olive oil", "basil", "pesto", "risotto",
            "prosciutto", "ricotta"
        ],
        ["french"] = ["brie", "baguette", "dijon", "creme fraiche", "camembert"],
        ["american"] = ["peanut butter", "ketchup", "bacon", "cereal", "maple syrup", "bagel", "hot dog", "ranch"],
        ["european"] =
        [
            "cheddar", "butter", "bread", "sausage", "ham", "sour cream", "oats", "rye", "yogurt", "cream cheese",
            "mustard"
        ],
        ["global"] =
        [
            "egg", "onion", "garlic", "chicken", "beef", "pork", "salt", "sugar", "flour", "tomato", "potato",
            "carrot", "apple", "banana", "milk", "water", "pepper", "lemon", "spinach", "fish", "salmon", "oil",
            "beans", "cabbage"
        ],
    });

    private static readonly HashSet<string> WesternCuisines = new(StringComparer.OrdinalIgnoreCase)
    {
        "western", "american", "italian", "french", "european", "british", "german", "spanish", "greek",
        "mediterranean", "nordic", "scandinavian",
    };

    private static readonly HashSet<string> GlobalCuisines = new(StringComparer.OrdinalIgnoreCase)
    {
        "global",
        "international",
        "generic",
        "universal",
        "any"
    };

    /// <summary>The cuisine of an item by its name, or "unknown".</summary>
    public static string CuisineOf(string? itemName)
    {
        if (string.IsNullOrWhiteSpace(itemName))
        {
            return Unknown;
        }

        // The catalogue knows the cuisine of every item it holds; the keyword map is for names it has never seen.
        if (Catalogue.ItemCatalogue.Find(itemName.Trim()) is { } known)
        {
            return known.Cuisine;
        }

        var name = itemName.ToLowerInvariant().Replace('_', ' ');
        foreach (var (keyword, cuisine) in Keywords)
        {
            if (name.Contains(keyword, StringComparison.Ordinal))
            {
                return cuisine;
            }
        }

        return Unknown;
    }

    /// <summary>western, non_western, global or unknown for a cuisine name (from this map or from a <c>cuisine</c>
    /// column).</summary>
    public static string RegionOf(string? cuisine) => cuisine switch
    {
        null or "" or Unknown => Unknown,
        _ when WesternCuisines.Contains(cuisine) => Western,
        _ when GlobalCuisines.Contains(cuisine) => Global,
        _ => NonWestern,
    };

    private static (string, string)[] Build(Dictionary<string, string[]> map)
        => map.SelectMany(kv => kv.Value.Select(k => (k, kv.Key)))
            .OrderByDescending(p => p.k.Length)
            .ThenBy(p => p.k, StringComparer.Ordinal)
            .ToArray();
}

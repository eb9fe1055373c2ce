using System.Collections.Frozen;
using System.Globalization;
using static PantryPilot.Domain.Catalogue.Categories;
using static PantryPilot.Domain.Catalogue.Cuisines;
using static PantryPilot.Domain.Catalogue.UnitFamily;

namespace PantryPilot.Domain.Catalogue;

/// <summary>The item catalogue: one row per item, consistent category, unit family, storage, shelf life, diet and
/// cuisine (milk is a volume in the fridge, rice a mass in the pantry, eggs are counted).
/// Columns: name, category, family, storage, shelf life (days), diet, allergens, cuisine,
/// price (USD per kg / L / piece), nutritional tags, packs as sold ("unit size|unit size"), pieces per pack.</summary>
public static class ItemCatalogue
{
    private const DietaryAttributes Plant = DietaryAttributes.Vegetarian
        | DietaryAttributes.Vegan
        | DietaryAttributes.GlutenFree
        | DietaryAttributes.DairyFree
        | DietaryAttributes.NutFree;
    private const DietaryAttributes PlantWheat = DietaryAttributes.Vegetarian
        | DietaryAttributes.Vegan
        | DietaryAttributes.DairyFree
        | DietaryAttributes.NutFree;
    private const DietaryAttributes DairyVeg = DietaryAttributes.Vegetarian
        | DietaryAttributes.GlutenFree
        | DietaryAttributes.NutFree;
    private const DietaryAttributes VegWheat = DietaryAttributes.Vegetarian | DietaryAttributes.NutFree;
    private const DietaryAttributes EggVeg = DietaryAttributes.Vegetarian
        | DietaryAttributes.GlutenFree
        | DietaryAttributes.DairyFree
        | DietaryAttributes.NutFree;
    private const DietaryAttributes Meat = DietaryAttributes.GlutenFree
        | DietaryAttributes.DairyFree
        | DietaryAttributes.NutFree;
    private const DietaryAttributes MeatWheat = DietaryAttributes.DairyFree | DietaryAttributes.NutFree;
    private const DietaryAttributes NutPlant = DietaryAttributes.Vegetarian
        | DietaryAttributes.Vegan
        | DietaryAttributes.GlutenFree
        | DietaryAttributes.DairyFree;

    private static readonly Row[] Rows =
    [
        // Dairy and eggs
        new("whole milk", Dairy, Volume, Fridge, 10, DairyVeg, "milk", Western, 1.05, "calcium,protein",
            "L 1|L 2|fl oz 64"),
        new("skim milk", Dairy, Volume, Fridge, 10, DairyVeg, "milk", Western, 1.00, "calcium,low_fat", "L 1|L 2"),
        new("butter", Dairy, Mass, Fridge, 60, DairyVeg, "milk", Western, 9.0, "healthy_fat", "g 250|lb 1"),
        new("cheddar cheese", Dairy, Mass, Fridge, 45, DairyVeg, "milk", Western, 12.0, "protein,calcium",
            "g 200|oz 8|lb 1"),
        new("mozzarella", Dairy, Mass, Fridge, 21, DairyVeg, "milk", Italian, 11.0, "protein,calcium", "g 125|oz 8"),
        new("parmesan", Dairy, Mass, Fridge, 90, DairyVeg, "milk", Italian, 25.0, "protein,calcium", "g 150|oz 6"),
        new("greek yogurt", Dairy, Mass, Fridge, 21, DairyVeg, "milk", Mediterranean, 6.0, "probiotic,protein",
            "g 500|oz 32"),
        new("plain yogurt", Dairy, Mass, Fridge, 14, DairyVeg, "milk", Western, 4.0, "probiotic,calcium", "g 500|kg 1"),
        new("heavy cream", Dairy, Volume, Fridge, 14, DairyVeg, "milk", Western, 5.0, "healthy_fat", "ml 500|fl oz 16"),
        new("sour cream", Dairy, Mass, Fridge, 21, DairyVeg, "milk", Western, 5.5, "healthy_fat", "g 250|oz 16"),
        new("cream cheese", Dairy, Mass, Fridge, 30, DairyVeg, "milk", Western, 9.0, "healthy_fat", "g 227|oz 8"),
        new("kefir", Dairy, Volume, Fridge, 21, DairyVeg, "milk", Western, 4.0, "probiotic,calcium", "L 1|ml 946"),
        new("paneer", Dairy, Mass, Fridge, 14, DairyVeg, "milk", Indian, 14.0, "protein,calcium", "g 200|g 400"),
        new("ghee", Dairy, Mass, Pantry, 270, DairyVeg, "milk", Indian, 20.0, "healthy_fat", "g 500|g 200"),
        new("labneh", Dairy, Mass, Fridge, 21, DairyVeg, "milk", MiddleEastern, 12.0, "probiotic,protein", "g 400"),
        new("halloumi", Dairy, Mass, Fridge, 60, DairyVeg, "milk", MiddleEastern, 18.0, "protein,calcium", "g 225"),
        new("queso fresco", Dairy, Mass, Fridge, 21, DairyVeg, "milk", Mexican, 11.0, "protein,calcium", "g 283|oz 10"),
        new("crema mexicana", Dairy, Volume, Fridge, 21, DairyVeg, "milk", Mexican, 7.0, "healthy_fat",
            "ml 450|fl oz 15"),
        new("eggs", Eggs, Count, Fridge, 35, EggVeg, "egg", Western, 0.30, "protein", "dozen 1|pcs 6|pcs 30"),

        // Produce
        new("bananas", Produce, Count, Pantry, 6, Plant, "", Western, 0.25, "potassium,carbs", "pcs 5|pcs 7"),
        new("apples", Produce, Count, Fridge, 30, Plant, "", Western, 0.60, "fiber,vitamin_c", "pcs 6|pcs 4"),
        new("oranges", Produce, Count, Fridge, 21, Plant, "", Western, 0.70, "vitamin_c", "pcs 4|pcs 8"),
        new("lemons", Produce, Count, Fridge, 21, Plant, "", Mediterranean, 0.50, "vitamin_c", "pcs 3|pcs 6"),
        new("limes", Produce, Count, Fridge, 21, Plant, "", Mexican, 0.30, "vitamin_c", "pcs 5|pcs 10"),
        new("avocados", Produce, Count, Pantry, 5, Plant, "", Mexican, 1.20, "healthy_fat,fiber", "pcs 2|pcs 4"),
        new("tomatoes", Produce, Mass, Pantry, 7, Plant, "", Western, 4.4, "vitamin_c", "kg 1|lb 1|g 500"),
        new("onions", Produce, Mass, Pantry, 45, Plant, "", Western, 2.2, "fiber", "lb 3|kg 1|kg 2"),
        new("garlic", Produce, Mass, Pantry, 90, Plant, "", Mediterranean, 8.0, "antioxidant", "g 100|g 250"),
        new("ginger", Produce, Mass, Fridge, 30, Plant, "", Chinese, 6.0, "antioxidant", "g 100|g 200"),
        new("potatoes", Produce, Mass, Pantry, 60, Plant, "", Western, 1.8, "carbs,potassium", "kg 2|lb 5"),
        new("sweet potatoes", Produce, Mass, Pantry, 30, Plant, "", Western, 3.0, "fiber,vitamin_a", "kg 1|lb 2"),
        new("carrots", Produce, Mass, Fridge, 30, Plant, "", Western, 2.0, "vitamin_a,fiber", "kg 1|lb 2"),
        new("broccoli", Produce, Mass, Fridge, 7, Plant, "", Western, 4.5, "fiber,vitamin_c", "g 500|lb 1"),
        new("spinach", Produce, Mass, Fridge, 5, Plant, "", Western, 9.0, "iron,fiber", "g 200|oz 10"),
        new("romaine lettuce", Produce, Count, Fridge, 7, Plant, "", Western, 2.0, "fiber", "pcs 1|pcs 3"),
        new("cucumbers", Produce, Count, Fridge, 10, Plant, "", Western, 0.80, "hydration", "pcs 2|pcs 3"),
        new("bell peppers", Produce, Count, Fridge, 10, Plant, "", Western, 1.20, "vitamin_c", "pcs 3|pcs 1"),
        new("mushrooms", Produce, Mass, Fridge, 7, Plant, "", Western, 8.0, "vitamin_d", "g 250|oz 8"),
        new("napa cabbage", Produce, Count, Fridge, 14, Plant, "", Korean, 3.5, "fiber,vitamin_c", "pcs 1"),
        new("bok choy", Produce, Mass, Fridge, 7, Plant, "", Chinese, 5.0, "vitamin_c,calcium", "g 500|lb 1"),
        new("daikon radish", Produce, Count, Fridge, 14, Plant, "", Japanese, 2.0, "fiber", "pcs 1"),
        new("scallions", Produce, Mass, Fridge, 10, Plant, "", Korean, 10.0, "vitamin_k", "g 100|g 150"),
        new("cilantro", Produce, Mass, Fridge, 7, Plant, "", Mexican, 20.0, "vitamin_k", "g 30|g 50"),
        new("jalapenos", Produce, Mass, Fridge, 14, Plant, "", Mexican, 6.0, "vitamin_c", "g 200|lb 0.5"),
        new("okra", Produce, Mass, Fridge, 5, Plant, "", Indian, 7.0, "fiber", "g 500|lb 1"),
        new("eggplant", Produce, Count, Fridge, 7, Plant, "", MiddleEastern, 1.50, "fiber", "pcs 1|pcs 2"),
        new("green chilies", Produce, Mass, Fridge, 14, Plant, "", Indian, 10.0, "vitamin_c", "g 100"),
        new("curry leaves", Produce, Mass, Fridge, 7, Plant, "", Indian, 40.0, "antioxidant", "g 20"),
        new("lemongrass", Produce, Mass, Fridge, 14, Plant, "", Thai, 15.0, "antioxidant", "g 100"),
        new("bean sprouts", Produce, Mass, Fridge, 4, Plant, "", Korean, 4.0, "vitamin_c,fiber", "g 300"),
        new("shiitake mushrooms", Produce, Mass, Fridge, 7, Plant, "", Japanese, 20.0, "vitamin_d", "g 150"),
        new("plantains", Produce, Count, Pantry, 7, Plant, "", WestAfrican, 0.60, "carbs,potassium", "pcs 3"),
        new("cassava", Produce, Mass, Pantry, 7, Plant, "", WestAfrican, 3.0, "carbs", "kg 1"),

        // Meat and poultry
        new("chicken breast", MeatPoultry, Mass, Fridge, 3, Meat, "", Western, 11.0, "protein,low_fat",
            "g 500|lb 1|kg 1"),
        new("chicken thighs", MeatPoultry, Mass, Fridge, 3, Meat, "", Western, 8.0, "protein", "lb 2|kg 1"),
        new("whole chicken", MeatPoultry, Mass, Fridge, 3, Meat, "", Western, 6.0, "protein", "kg 1.5|lb 4"),
        new("ground beef", MeatPoultry, Mass, Fridge, 2, Meat, "", Western, 11.0, "protein,iron", "lb 1|g 500"),
        new("beef steak", MeatPoultry, Mass, Fridge, 4, Meat, "", Western, 25.0, "protein,iron", "g 400|lb 1"),
        new("pork shoulder", MeatPoultry, Mass, Fridge, 4, Meat, "", Western, 8.0, "protein", "kg 1"),
        new("bacon", MeatPoultry, Mass, Fridge, 14, Meat, "", Western, 15.0, "protein,sodium_high", "oz 12|g 250"),
        new("ham", MeatPoultry, Mass, Fridge, 10, Meat, "", Western, 14.0, "protein,sodium_high", "g 200"),
        new("turkey slices", MeatPoultry, Mass, Fridge, 7, Meat, "", Western, 18.0, "protein,low_fat", "g 200|oz 9"),
        new("pork belly", MeatPoultry, Mass, Fridge, 4, Meat, "", Korean, 14.0, "protein", "g 500|lb 1"),
        new("bulgogi beef", MeatPoultry, Mass, Fridge, 3, MeatWheat, "soy,gluten,sesame", Korean, 22.0, "protein",
            "g 500"),
        new("lamb mince", MeatPoultry, Mass, Fridge, 2, Meat, "", MiddleEastern, 16.0, "protein,iron", "g 500"),
        new("chorizo", MeatPoultry, Mass, Fridge, 21, Meat, "", Mexican, 14.0, "protein,sodium_high", "g 250|oz 9"),
        new("goat meat", MeatPoultry, Mass, Fridge, 3, Meat, "", Indian, 18.0, "protein,iron", "g 500|kg 1"),
        new("chinese sausage", MeatPoultry, Mass, Fridge, 60, MeatWheat, "soy", Chinese, 16.0, "protein,sodium_high",
            "g 340"),

        // Seafood
        new("salmon fillet", Seafood, Mass, Fridge, 2, Meat, "fish", Western, 28.0, "omega_3,protein", "g 300|lb 1"),
        new("shrimp", Seafood, Mass, Freezer, 180, Meat, "shellfish", Western, 22.0, "protein,low_fat", "lb 1|g 400"),
        new("canned tuna", Seafood, Mass, Pantry, 1000, Meat, "fish", Western, 12.0, "protein,omega_3", "g 145|oz 5"),
        new("cod fillets", Seafood, Mass, Freezer, 180, Meat, "fish", Western, 20.0, "protein,low_fat", "g 400"),
        new("canned sardines", Seafood, Mass, Pantry, 1000, Meat, "fish", Mediterranean, 10.0, "omega_3,calcium",
            "g 125"),
        new("tilapia", Seafood, Mass, Freezer, 180, Meat, "fish", Western, 11.0, "protein", "lb 2"),
        new("dried anchovies", Seafood, Mass, Pantry, 180, Meat, "fish", Korean, 30.0, "calcium,protein", "g 200"),
        new("squid", Seafood, Mass, Freezer, 180, Meat, "shellfish", Korean, 15.0, "protein", "g 500"),
        new("fish cakes", Seafood, Mass, Fridge, 14, MeatWheat, "fish,gluten", Korean, 12.0, "protein", "g 300"),
        new("bonito flakes", Seafood, Mass, Pantry, 365, Meat, "fish", Japanese, 80.0, "protein", "g 30"),

        // Grains
        new("basmati rice", Grains, Mass, Pantry, 730, Plant, "", Indian, 4.0, "carbs", "kg 1|kg 5|lb 10"),
        new("jasmine rice", Grains, Mass, Pantry, 730, Plant, "", Thai, 3.5, "carbs", "kg 2|lb 5"),
        new("short-grain rice", Grains, Mass, Pantry, 730, Plant, "", Japanese, 4.5, "carbs", "kg 2|kg 5"),
        new("brown rice", Grains, Mass, Pantry, 365, Plant, "", Western, 4.0, "whole_grain,fiber", "kg 1|lb 2"),
        new("spaghetti", Grains, Mass, Pantry, 730, PlantWheat, "gluten", Italian, 3.0, "carbs", "g 500|lb 1"),
        new("penne", Grains, Mass, Pantry, 730, PlantWheat, "gluten", Italian, 3.0, "carbs", "g 500"),
        new("rolled oats", Grains, Mass, Pantry, 365, PlantWheat, "gluten", Western, 4.0, "fiber,whole_grain",
            "g 500|oz 42"),
        new("quinoa", Grains, Mass, Pantry, 730, Plant, "", Western, 10.0, "protein,fiber", "g 500"),
        new("all-purpose flour", Grains, Mass, Pantry, 365, PlantWheat, "gluten", Western, 1.5, "carbs", "kg 1|lb 5"),
        new("masa harina", Grains, Mass, Pantry, 365, Plant, "", Mexican, 3.0, "carbs,fiber", "kg 1|lb 4"),
        new("cornmeal", Grains, Mass, Pantry, 365, Plant, "", Western, 3.0, "carbs", "g 680|lb 2"),
        new("couscous", Grains, Mass, Pantry, 365, PlantWheat, "gluten", MiddleEastern, 5.0, "carbs", "g 500"),
        new("bulgur", Grains, Mass, Pantry, 365, PlantWheat, "gluten", MiddleEastern, 4.0, "fiber,whole_grain",
            "g 500"),
        new("udon noodles", Grains, Mass, Pantry, 365, PlantWheat, "gluten", Japanese, 6.0, "carbs", "g 600"),
        new("instant ramyeon", Grains, Mass, Pantry, 365, MeatWheat, "gluten,soy", Korean, 8.0, "carbs,sodium_high",
            "g 120|g 600"),
        new("rice noodles", Grains, Mass, Pantry, 365, Plant, "", Thai, 5.0, "carbs", "g 400"),
        new("soba noodles", Grains, Mass, Pantry, 365, PlantWheat, "gluten", Japanese, 10.0, "carbs,fiber", "g 250"),
        new("glutinous rice flour", Grains, Mass, Pantry, 365, Plant, "", Chinese, 5.0, "carbs", "g 400"),
        new("atta flour", Grains, Mass, Pantry, 365, PlantWheat, "gluten", Indian, 2.0, "whole_grain,fiber",
            "kg 5|kg 10"),
        new("poha", Grains, Mass, Pantry, 180, Plant, "", Indian, 3.0, "carbs,iron", "g 500"),
        new("rice cakes (tteok)", Grains, Mass, Fridge, 30, Plant, "", Korean, 8.0, "carbs", "g 500"),

        // Bakery
        new("sandwich bread", Bakery, Count, Pantry, 7, PlantWheat, "gluten", Western, 3.0, "carbs", "pcs 1"),
        new("whole wheat bread", Bakery, Count, Pantry, 7, PlantWheat, "gluten", Western, 3.5, "whole_grain,fiber",
            "pcs 1"),
        new("baguette", Bakery, Count, Pantry, 2, PlantWheat, "gluten", Western, 2.5, "carbs", "pcs 1"),
        new("bagels", Bakery, Count, Pantry, 5, PlantWheat, "gluten", Western, 0.80, "carbs", "pack 1|pcs 6", 6),
        new("croissants", Bakery, Count, Pantry, 3, VegWheat, "gluten,milk,egg", Western, 1.20, "carbs", "pack 1", 4),
        new("english muffins", Bakery, Count, Pantry, 10, PlantWheat, "gluten", Western, 0.60, "carbs", "pack 1", 6),
        new("hamburger buns", Bakery, Count, Pantry, 7, VegWheat, "gluten,egg", Western, 0.50, "carbs", "pack 1", 8),
        new("flour tortillas", Bakery, Count, Pantry, 14, PlantWheat, "gluten", Mexican, 0.25, "carbs", "pack 1|pcs 10",
            10),
        new("corn tortillas", Bakery, Count, Fridge, 30, Plant, "", Mexican, 0.10, "carbs,fiber", "pack 1", 30),
        new("naan", Bakery, Count, Pantry, 5, VegWheat, "gluten,milk", Indian, 1.00, "carbs", "pack 1|pcs 2", 4),
        new("roti", Bakery, Count, Freezer, 90, PlantWheat, "gluten", Indian, 0.40, "whole_grain", "pack 1", 10),
        new("pita bread", Bakery, Count, Pantry, 7, PlantWheat, "gluten", MiddleEastern, 0.50, "carbs", "pack 1", 6),
        new("steamed buns", Bakery, Count, Freezer, 90, PlantWheat, "gluten", Chinese, 0.50, "carbs", "pack 1", 8),

        // Pantry staples
        new("dried chickpeas", PantryStaples, Mass, Pantry, 730, Plant, "", MiddleEastern, 4.0, "protein,fiber",
            "g 500|kg 1|lb 2"),
        new("canned chickpeas", PantryStaples, Mass, Pantry, 1000, Plant, "", MiddleEastern, 5.0, "protein,fiber",
            "g 400|oz 15"),
        new("red lentils", PantryStaples, Mass, Pantry, 730, Plant, "", Indian, 4.0, "protein,fiber,iron",
            "kg 1|g 500"),
        new("black beans", PantryStaples, Mass, Pantry, 1000, Plant, "", Mexican, 4.0, "protein,fiber", "g 425|oz 15"),
        new("pinto beans", PantryStaples, Mass, Pantry, 730, Plant, "", Mexican, 4.0, "protein,fiber", "lb 2"),
        new("kidney beans", PantryStaples, Mass, Pantry, 730, Plant, "", Indian, 4.0, "protein,fiber", "kg 1"),
        new("firm tofu", PantryStaples, Mass, Fridge, 21, Plant, "soy", Chinese, 5.0, "protein,calcium", "g 400|oz 14"),
        new("coconut milk", PantryStaples, Volume, Pantry, 730, Plant, "", Thai, 5.0, "healthy_fat",
            "ml 400|fl oz 13.5"),
        new("chicken stock", PantryStaples, Volume, Pantry, 365, Meat, "", Western, 3.0, "sodium_high", "L 1|fl oz 32"),
        new("vegetable stock", PantryStaples, Volume, Pantry, 365, Plant, "", Western, 3.0, "sodium_high",
            "L 1|fl oz 32"),
        new("canned tomatoes", PantryStaples, Mass, Pantry, 730, Plant, "", Italian, 3.0, "vitamin_c", "g 400|oz 28"),
        new("tomato paste", PantryStaples, Mass, Pantry, 730, Plant, "", Italian, 8.0, "vitamin_c", "g 170|oz 6"),
        new("olive oil", PantryStaples, Volume, Pantry, 540, Plant, "", Mediterranean, 12.0, "healthy_fat",
            "ml 500|L 1"),
        new("vegetable oil", PantryStaples, Volume, Pantry, 365, Plant, "", Western, 3.0, "fat", "L 1|fl oz 48"),
        new("sesame oil", PantryStaples, Volume, Pantry, 365, Plant, "sesame", Korean, 18.0, "healthy_fat",
            "ml 250|fl oz 5"),
        new("peanut butter", PantryStaples, Mass, Pantry, 180, NutPlant, "peanut", Western, 7.0, "protein,healthy_fat",
            "g 340|oz 16"),
        new("sugar", PantryStaples, Mass, Pantry, 730, Plant, "", Western, 2.0, "high_sugar", "kg 1|lb 4"),
        new("brown sugar", PantryStaples, Mass, Pantry, 730, Plant, "", Western, 3.0, "high_sugar", "g 900|lb 2"),
        new("honey", PantryStaples, Mass, Pantry, 730, EggVeg, "", Western, 12.0, "high_sugar", "g 500|oz 12"),
        new("maple syrup", PantryStaples, Volume, Pantry, 365, Plant, "", Western, 25.0, "high_sugar",
            "ml 250|fl oz 12"),
        new("baking powder", PantryStaples, Mass, Pantry, 365, Plant, "", Western, 10.0, "leavening", "g 200|oz 8"),
        new("cornstarch", PantryStaples, Mass, Pantry, 730, Plant, "", Western, 4.0, "carbs", "g 450"),
        new("nori", PantryStaples, Mass, Pantry, 365, Plant, "", Japanese, 100.0, "iodine", "g 25|g 10"),
        new("kombu", PantryStaples, Mass, Pantry, 365, Plant, "", Japanese, 60.0, "iodine", "g 50"),
        new("panko", PantryStaples, Mass, Pantry, 180, PlantWheat, "gluten", Japanese, 8.0, "carbs", "g 200"),
        new("tahini", PantryStaples, Mass, Pantry, 365, Plant, "sesame", MiddleEastern, 14.0, "healthy_fat,calcium",
            "g 450"),
        new("tamarind paste", PantryStaples, Mass, Pantry, 365, Plant, "", Indian, 10.0, "antioxidant", "g 200"),
        new("jaggery", PantryStaples, Mass, Pantry, 365, Plant, "", Indian, 4.0, "high_sugar,iron", "g 500"),

        // Condiments
        new("soy sauce", Condiments, Volume, Pantry, 730, PlantWheat, "soy,gluten", Chinese, 6.0, "sodium_high",
            "ml 500|fl oz 15|L 1"),
        new("tamari", Condiments, Volume, Pantry, 730, Plant, "soy", Japanese, 14.0, "sodium_high", "ml 250|fl oz 10"),
        new("gochujang", Condiments, Mass, Fridge, 365, PlantWheat, "soy,gluten", Korean, 14.0, "fermented",
            "g 500|kg 1"),
        new("doenjang", Condiments, Mass, Fridge, 365, Plant, "soy", Korean, 12.0, "fermented,protein", "g 500"),
        new("miso paste", Condiments, Mass, Fridge, 365, PlantWheat, "soy", Japanese, 12.0, "fermented,protein",
            "g 400|oz 14"),
        new("kimchi", Condiments, Mass, Fridge, 90, Meat, "fish,shellfish", Korean, 10.0, "probiotic,fermented",
            "g 500|kg 1|oz 16"),
        new("fish sauce", Condiments, Volume, Pantry, 730, Meat, "fish", Thai, 10.0, "sodium_high", "ml 300|fl oz 24"),
        new("oyster sauce", Condiments, Volume, Pantry, 365, MeatWheat, "shellfish,gluten", Chinese, 12.0,
            "sodium_high", "ml 500|fl oz 18"),
        new("hoisin sauce", Condiments, Volume, Pantry, 365, PlantWheat, "soy,gluten,sesame", Chinese, 10.0,
            "high_sugar", "ml 400"),
        new("chili crisp", Condiments, Mass, Pantry, 365, PlantWheat, "soy", Chinese, 15.0, "healthy_fat", "g 210"),
        new("ketchup", Condiments, Mass, Pantry, 365, Plant, "", Western, 4.0, "high_sugar", "g 500|oz 20"),
        new("mayonnaise", Condiments, Volume, Fridge, 90, EggVeg, "egg", Western, 8.0, "fat", "ml 500|fl oz 30"),
        new("dijon mustard", Condiments, Mass, Fridge, 365, Plant, "mustard", Western, 10.0, "low_fat", "g 200|oz 8"),
        new("worcestershire sauce", Condiments, Volume, Pantry, 730, Meat, "fish", Western, 15.0, "sodium_high",
            "ml 290|fl oz 10"),
        new("sriracha", Condiments, Mass, Pantry, 365, Plant, "", Thai, 10.0, "spicy", "g 482|oz 17"),
        new("salsa", Condiments, Mass, Pantry, 365, Plant, "", Mexican, 8.0, "vitamin_c", "g 450|oz 16"),
        new("hot sauce", Condiments, Volume, Pantry, 730, Plant, "", Mexican, 25.0, "spicy", "fl oz 5"),
        new("rice vinegar", Condiments, Volume, Pantry, 730, Plant, "", Japanese, 6.0, "low_fat", "ml 355|fl oz 12"),
        new("apple cider vinegar", Condiments, Volume, Pantry, 730, Plant, "", Western, 5.0, "low_fat", "ml 500"),
        new("mirin", Condiments, Volume, Pantry, 365, Plant, "", Japanese, 12.0, "high_sugar", "ml 300"),
        new("mango chutney", Condiments, Mass, Pantry, 365, Plant, "", Indian, 10.0, "high_sugar", "g 340"),
        new("harissa", Condiments, Mass, Fridge, 180, Plant, "", MiddleEastern, 15.0, "spicy", "g 200"),
        new("basil pesto", Condiments, Mass, Fridge, 30, DietaryAttributes.Vegetarian | DietaryAttributes.GlutenFree,
            "milk,tree_nut", Italian, 25.0, "healthy_fat", "g 190"),

        // Spices
        new("salt", Spices, Mass, Pantry, 1825, Plant, "", Western, 1.5, "sodium_high", "kg 1|oz 26"),
        new("black pepper", Spices, Mass, Pantry, 730, Plant, "", Western, 40.0, "antioxidant", "g 50|oz 3"),
        new("cumin", Spices, Mass, Pantry, 730, Plant, "", Indian, 30.0, "iron", "g 50|g 100"),
        new("turmeric", Spices, Mass, Pantry, 730, Plant, "", Indian, 25.0, "antioxidant", "g 100"),
        new("garam masala", Spices, Mass, Pantry, 365, Plant, "", Indian, 35.0, "antioxidant", "g 100"),
        new("coriander seeds", Spices, Mass, Pantry, 730, Plant, "", Indian, 20.0, "fiber", "g 100"),
        new("cardamom", Spices, Mass, Pantry, 730, Plant, "", Indian, 80.0, "antioxidant", "g 50"),
        new("mustard seeds", Spices, Mass, Pantry, 730, Plant, "mustard", Indian, 15.0, "antioxidant", "g 100"),
        new("asafoetida", Spices, Mass, Pantry, 730, PlantWheat, "gluten", Indian, 60.0, "digestive", "g 50"),
        new("chili powder", Spices, Mass, Pantry, 730, Plant, "", Mexican, 25.0, "spicy", "g 100"),
        new("gochugaru", Spices, Mass, Pantry, 365, Plant, "", Korean, 35.0, "spicy", "g 200|g 500"),
        new("paprika", Spices, Mass, Pantry, 730, Plant, "", Western, 30.0, "vitamin_a", "g 60"),
        new("cinnamon", Spices, Mass, Pantry, 730, Plant, "", Western, 40.0, "antioxidant", "g 50"),
        new("bay leaves", Spices, Mass, Pantry, 730, Plant, "", Western, 60.0, "antioxidant", "g 10"),
        new("dried oregano", Spices, Mass, Pantry, 730, Plant, "", Italian, 50.0, "antioxidant", "g 20"),
        new("sumac", Spices, Mass, Pantry, 730, Plant, "", MiddleEastern, 40.0, "antioxidant", "g 100"),
        new("za'atar", Spices, Mass, Pantry, 365, Plant, "sesame", MiddleEastern, 40.0, "antioxidant", "g 100"),
        new("five-spice powder", Spices, Mass, Pantry, 730, Plant, "", Chinese, 40.0, "antioxidant", "g 50"),
        new("sichuan peppercorns", Spices, Mass, Pantry, 730, Plant, "", Chinese, 60.0, "spicy", "g 50"),
        new("star anise", Spices, Mass, Pantry, 730, Plant, "", Chinese, 40.0, "antioxidant", "g 50"),

        // Frozen
        new("frozen peas", Frozen, Mass, Freezer, 365, Plant, "", Western, 4.0, "fiber,protein", "g 500|lb 1"),
        new("frozen mixed vegetables", Frozen, Mass, Freezer, 365, Plant, "", Western, 4.0, "fiber,vitamin_a",
            "g 500|lb 1"),
        new("frozen berries", Frozen, Mass, Freezer, 365, Plant, "", Western, 10.0, "antioxidant,vitamin_c", "g 500"),
        new("vanilla ice cream", Frozen, Volume, Freezer, 180, DairyVeg, "milk,egg", Western, 5.0, "high_sugar",
            "L 1.5|fl oz 48"),
        new("frozen pizza", Frozen, Count, Freezer, 270, VegWheat, "gluten,milk", Italian, 6.0, "carbs", "pcs 1|pcs 2"),
        new("mandu dumplings", Frozen, Mass, Freezer, 270, MeatWheat, "gluten,soy", Korean, 9.0, "protein", "g 1000"),
        new("gyoza", Frozen, Mass, Freezer, 270, MeatWheat, "gluten,soy", Japanese, 11.0, "protein", "g 600"),
        new("frozen paratha", Frozen, Count, Freezer, 270, VegWheat, "gluten,milk", Indian, 0.60, "carbs", "pack 1", 5),
        new("edamame", Frozen, Mass, Freezer, 365, Plant, "soy", Japanese, 7.0, "protein,fiber", "g 400"),

        // Beverages
        new("orange juice", Beverages, Volume, Fridge, 10, Plant, "", Western, 3.0, "vitamin_c", "L 1|fl oz 52"),
        new("coffee beans", Beverages, Mass, Pantry, 180, Plant, "", Western, 25.0, "caffeine", "g 340|oz 12|lb 2"),
        new("black tea bags", Beverages, Count, Pantry, 730, Plant, "", Western, 0.05, "caffeine", "pack 1", 100),
        new("green tea bags", Beverages, Count, Pantry, 730, Plant, "", Japanese, 0.20, "antioxidant,caffeine",
            "pack 1", 20),
        new("matcha", Beverages, Mass, Pantry, 365, Plant, "", Japanese, 200.0, "antioxidant,caffeine", "g 30"),
        new("sparkling water", Beverages, Volume, Pantry, 365, Plant, "", Western, 1.0, "hydration", "L 1|fl oz 12"),
        new("cola", Beverages, Volume, Pantry, 270, Plant, "", Western, 1.5, "high_sugar,caffeine", "L 2|ml 355"),
        new("oat milk", Beverages, Volume, Fridge, 10, PlantWheat, "", Western, 3.5, "fiber", "L 1"),
        new("almond milk", Beverages, Volume, Fridge, 10, NutPlant, "tree_nut", Western, 3.5, "calcium,low_fat",
            "L 1|fl oz 64"),
        new("soy milk", Beverages, Volume, Fridge, 10, Plant, "soy", Chinese, 2.5, "protein", "L 1"),
        new("coconut water", Beverages, Volume, Pantry, 365, Plant, "", Thai, 4.0, "hydration,potassium", "L 1"),
        new("barley tea", Beverages, Count, Pantry, 730, PlantWheat, "gluten", Korean, 0.10, "hydration", "pack 1", 30),

        // Snacks
        new("potato chips", Snacks, Mass, Pantry, 90, Plant, "", Western, 15.0, "sodium_high", "g 200|oz 8"),
        new("tortilla chips", Snacks, Mass, Pantry, 90, Plant, "", Mexican, 12.0, "carbs", "g 300|oz 13"),
        new("almonds", Snacks, Mass, Pantry, 365, NutPlant, "tree_nut", Western, 18.0, "protein,healthy_fat",
            "g 200|oz 16"),
        new("cashews", Snacks, Mass, Pantry, 365, NutPlant, "tree_nut", Indian, 25.0, "protein,healthy_fat", "g 200"),
        new("dark chocolate", Snacks, Mass, Pantry, 365, DairyVeg, "milk", Western, 25.0, "antioxidant", "g 100"),
        new("granola bars", Snacks, Count, Pantry, 180, DietaryAttributes.Vegetarian | DietaryAttributes.DairyFree,
            "gluten,tree_nut", Western, 0.70, "fiber", "pack 1", 6),
        new("seaweed snacks", Snacks, Mass, Pantry, 180, Plant, "sesame", Korean, 60.0, "iodine", "g 15"),
        new("rice crackers", Snacks, Mass, Pantry, 180, PlantWheat, "soy", Japanese, 20.0, "carbs", "g 150"),
        new("pretzels", Snacks, Mass, Pantry, 180, PlantWheat, "gluten", Western, 8.0, "carbs", "g 450|oz 16"),
        new("popcorn kernels", Snacks, Mass, Pantry, 365, Plant, "", Western, 5.0, "whole_grain,fiber", "g 500"),
        new("bhujia", Snacks, Mass, Pantry, 120, NutPlant, "peanut", Indian, 10.0, "protein", "g 400"),
        new("hummus", Snacks, Mass, Fridge, 10, Plant, "sesame", MiddleEastern, 14.0, "protein,fiber", "g 283|oz 10"),
        new("medjool dates", Snacks, Mass, Pantry, 180, Plant, "", MiddleEastern, 12.0, "fiber,high_sugar", "g 500"),
    ];

    /// <summary>All items, in a fixed order (ids ITM0001...).</summary>
    public static IReadOnlyList<CatalogueItem> Items { get; } = Build();

    private static readonly FrozenDictionary<string, CatalogueItem> ByName =
        Items.ToFrozenDictionary(i => i.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds an item by name, ignoring case (null when the name is not in the catalogue).</summary>
    public static CatalogueItem? Find(string? name)
        => name is not null && ByName.TryGetValue(name, out var item) ? item : null;

    private static CatalogueItem[] Build()
    {
        var items = new CatalogueItem[Rows.Length];
        for (var i = 0; i < Rows.Length; i++)
        {
            var r = Rows[i];
            var packs = r.Packs.Split('|').Select(ParsePack).ToArray();
            items[i] = new CatalogueItem(
                $"ITM{i + 1:D4}",
                r.Name,
                r.Category,
                r.Family,
                r.Storage,
                r.ShelfLifeDays,
                r.Diet,
                r.Allergens,
                r.Cuisine,
                r.Price,
                r.Tags,
                packs,
                r.PiecesPerPack);
        }

        return items;
    }

    private static PackSize ParsePack(string text)
    {
        var cut = text.LastIndexOf(' ');
        return new PackSize(text[..cut], double.Parse(text[(cut + 1)..], CultureInfo.InvariantCulture));
    }

    private sealed record Row(
        string Name,
        string Category,
        UnitFamily Family,
        string Storage,
        int ShelfLifeDays,
        DietaryAttributes Diet,
        string Allergens,
        string Cuisine,
        double Price,
        string Tags,
        string Packs,
        double PiecesPerPack = 1);
}

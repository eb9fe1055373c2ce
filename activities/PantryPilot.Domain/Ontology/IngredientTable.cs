namespace PantryPilot.Domain.Ontology;

/// <summary>
/// The reviewable ingredient table: one term per line, `term | traits | why`. Terms are matched whole-word,
/// case-insensitive and plural-aware, longest compound first, so "chicken stock" wins over "chicken",
/// "peanut butter" over "butter" and "eggplant" never reads as "egg". `none` means known and free of every trait.
/// Keep deceptive names here explicitly, with the reason, so a reviewer sees every decision.
/// </summary>
public static class IngredientTable
{
    public const string Text = """
        # --- meat and poultry
        chicken | Meat |
        beef | Meat |
        pork | Meat |
        lamb | Meat |
        mutton | Meat |
        veal | Meat |
        goat | Meat |
        turkey | Meat |
        duck | Meat |
        venison | Meat |
        rabbit | Meat |
        bacon | Meat |
        ham | Meat |
        prosciutto | Meat |
        pancetta | Meat |
        salami | Meat |
        pepperoni | Meat |
        chorizo | Meat |
        sausage | Meat |
        hot dog | Meat |
        ground beef | Meat |
        mince | Meat |
        steak | Meat |
        meatball | Meat |
        meat | Meat |
        spam | Meat | canned pork
        # --- products of slaughter with non-meat names
        chicken stock | Meat | made from bones
        chicken broth | Meat |
        beef stock | Meat |
        beef broth | Meat |
        bone broth | Meat |
        stock cube | Meat | usually chicken or beef; vegetable stock cube is listed separately
        bouillon | Meat | usually meat based unless vegetable bouillon
        gelatin | Meat | from skin and bones
        gelatine | Meat |
        lard | Meat | pork fat
        suet | Meat | beef fat
        tallow | Meat |
        dripping | Meat |
        schmaltz | Meat | chicken fat
        worcestershire | Meat Fish | contains anchovy
        worcestershire sauce | Meat Fish | contains anchovy
        rennet | Meat | calf stomach enzyme
        # --- fish and seafood
        fish | Fish |
        salmon | Fish |
        tuna | Fish |
        cod | Fish |
        haddock | Fish |
        tilapia | Fish |
        sardine | Fish |
        mackerel | Fish |
        trout | Fish |
        anchovy | Fish |
        anchovie | Fish | plural "anchovies" singularises to this
        fish sauce | Fish | fermented anchovy
        bonito | Fish |
        bonito flake | Fish |
        katsuobushi | Fish | dried bonito
        dashi | Fish | bonito stock
        fish stock | Fish |
        caviar | Fish |
        nori | none | seaweed, not fish
        shrimp | Shellfish |
        prawn | Shellfish |
        crab | Shellfish |
        lobster | Shellfish |
        clam | Shellfish |
        mussel | Shellfish |
        oyster | Shellfish |
        oyster sauce | Shellfish | made from oysters
        scallop | Shellfish |
        squid | Shellfish |
        octopus | Shellfish |
        shrimp paste | Shellfish |
        oyster mushroom | none | a mushroom
        # --- dairy
        milk | Dairy |
        whole milk | Dairy |
        skim milk | Dairy |
        cream | Dairy |
        heavy cream | Dairy |
        sour cream | Dairy |
        butter | Dairy |
        buttermilk | Dairy |
        ghee | Dairy | clarified butter
        cheese | Dairy |
        cheddar | Dairy |
        mozzarella | Dairy |
        parmesan | Dairy |
        feta | Dairy |
        paneer | Dairy |
        ricotta | Dairy |
        yogurt | Dairy |
        yoghurt | Dairy |
        whey | Dairy |
        casein | Dairy |
        lactose | Dairy |
        ice cream | Dairy |
        custard | Dairy Egg |
        # --- dairy-sounding but plant based
        peanut butter | Peanut | not dairy
        almond butter | TreeNut | not dairy
        cocoa butter | none | plant fat, not dairy
        shea butter | none |
        almond milk | TreeNut | not dairy
        cashew milk | TreeNut | not dairy
        oat milk | Gluten | not dairy; oats are often cross-contaminated with wheat
        soy milk | Soy | not dairy
        rice milk | none | not dairy
        coconut milk | none | not dairy; coconut is not treated as a nut here
        coconut cream | none | not dairy
        cream of tartar | none | potassium bitartrate, not dairy
        vegan butter | none |
        vegan cheese | none |
        # --- eggs
        egg | Egg |
        egg yolk | Egg |
        egg white | Egg |
        mayonnaise | Egg |
        meringue | Egg |
        eggplant | none | a vegetable, not egg
        # --- honey and other by-products
        honey | Honey | not vegan
        beeswax | Honey |
        royal jelly | Honey |
        # --- gluten
        wheat | Gluten |
        wheat flour | Gluten |
        flour | Gluten | wheat unless named otherwise
        all purpose flour | Gluten |
        bread | Gluten |
        breadcrumb | Gluten |
        panko | Gluten | wheat breadcrumbs
        pasta | Gluten |
        spaghetti | Gluten |
        noodle | Gluten | wheat unless rice or buckwheat is named
        udon | Gluten |
        ramen | Gluten |
        couscous | Gluten | wheat
        bulgur | Gluten | wheat
        semolina | Gluten |
        barley | Gluten |
        malt | Gluten | barley
        malt vinegar | Gluten |
        rye | Gluten |
        spelt | Gluten |
        farro | Gluten |
        seitan | Gluten | wheat gluten
        soy sauce | Gluten Soy | brewed with wheat
        shoyu | Gluten Soy |
        teriyaki sauce | Gluten Soy |
        hoisin sauce | Gluten Soy |
        tortilla | Gluten | wheat unless corn is named
        pita | Gluten |
        naan | Gluten Dairy |
        beer | Gluten |
        oat | Gluten | cross-contaminated unless certified
        # --- gluten-free look-alikes
        tamari | Soy | brewed without wheat
        rice noodle | none |
        rice | none |
        brown rice | none |
        rice flour | none |
        buckwheat | none | not wheat
        soba | Gluten | usually mixed with wheat flour
        corn | none |
        corn masa | none |
        masa | none | nixtamalised corn
        masa harina | none |
        corn tortilla | none |
        cornstarch | none |
        cornmeal | none |
        polenta | none |
        quinoa | none |
        millet | none |
        sorghum | none |
        amaranth | none |
        tapioca | none |
        potato starch | none |
        chickpea flour | none |
        almond flour | TreeNut |
        coconut flour | none |
        gluten free flour | none |
        gluten free pasta | none |
        # --- nuts and their look-alikes
        almond | TreeNut |
        walnut | TreeNut |
        cashew | TreeNut |
        pecan | TreeNut |
        pistachio | TreeNut |
        hazelnut | TreeNut |
        macadamia | TreeNut |
        brazil nut | TreeNut |
        pine nut | TreeNut |
        nut | TreeNut |
        mixed nut | TreeNut Peanut |
        pesto | TreeNut Dairy | pine nuts and parmesan
        marzipan | TreeNut |
        praline | TreeNut |
        nutella | TreeNut Dairy |
        peanut | Peanut |
        groundnut | Peanut |
        satay sauce | Peanut |
        nutmeg | none | a seed spice, not a nut
        coconut | none | not treated as a tree nut here
        water chestnut | none | an aquatic tuber, not a nut
        chestnut | TreeNut |
        butternut squash | none | a squash, neither nut nor butter
        nutritional yeast | none | not a nut
        # --- sesame and soy
        sesame | Sesame |
        sesame oil | Sesame |
        sesame seed | Sesame |
        tahini | Sesame |
        hummus | Sesame | contains tahini
        tofu | Soy |
        tempeh | Soy |
        edamame | Soy |
        miso | Soy | rice or barley koji; treat barley miso as gluten by naming it
        soybean | Soy |
        # --- plant staples, spices and pantry basics
        vegetable stock | none |
        vegetable broth | none |
        vegetable bouillon | none |
        kimchi | Fish Shellfish | traditionally made with fish sauce and salted shrimp
        vegan kimchi | none |
        onion | none |
        garlic | none |
        ginger | none |
        tomato | none |
        tomato paste | none |
        potato | none |
        sweet potato | none |
        carrot | none |
        celery | none |
        bell pepper | none |
        pepper | none |
        chili | none |
        chilli | none |
        jalapeno | none |
        spinach | none |
        kale | none |
        cabbage | none |
        lettuce | none |
        broccoli | none |
        cauliflower | none |
        zucchini | none |
        cucumber | none |
        mushroom | none |
        shiitake | none |
        pea | none |
        green bean | none |
        lentil | none |
        chickpea | none |
        black bean | none |
        kidney bean | none |
        bean | none |
        avocado | none |
        lemon | none |
        lime | none |
        apple | none |
        banana | none |
        orange | none |
        mango | none |
        pineapple | none |
        berry | none |
        strawberry | none |
        blueberry | none |
        raisin | none |
        date | none |
        squash | none |
        pumpkin | none |
        okra | none |
        leek | none |
        scallion | none |
        green onion | none |
        shallot | none |
        cilantro | none |
        coriander | none |
        parsley | none |
        basil | none |
        mint | none |
        thyme | none |
        rosemary | none |
        oregano | none |
        bay leaf | none |
        cumin | none |
        turmeric | none |
        paprika | none |
        cinnamon | none |
        cardamom | none |
        clove | none |
        garam masala | none |
        curry powder | none |
        chili powder | none |
        black pepper | none |
        salt | none |
        sugar | none |
        brown sugar | none |
        maple syrup | none |
        agave | none |
        molasses | none |
        vinegar | none |
        rice vinegar | none |
        olive oil | none |
        vegetable oil | none |
        canola oil | none |
        coconut oil | none |
        sunflower oil | none |
        oil | none |
        water | none |
        baking soda | none |
        baking powder | none |
        yeast | none |
        cocoa | none |
        dark chocolate | none |
        vanilla | none |
        mustard | none |
        ketchup | none |
        salsa | none |
        sriracha | none |
        gochujang | Gluten Soy | often contains wheat
        doenjang | Soy |
        harissa | none |
        curry paste | none |
        lemongrass | none |
        galangal | none |
        kaffir lime leaf | none |
        seaweed | none |
        kombu | none |
        wakame | none |
        chia seed | none |
        flaxseed | none |
        sunflower seed | none |
        pumpkin seed | none |
        jackfruit | none |
        plantain | none |
        cassava | none |
        yam | none |
        taro | none |
        bok choy | none |
        daikon | none |
        bamboo shoot | none |
        bean sprout | none |
        """;

    /// <summary>Words that describe form or cut and never change what an ingredient is.</summary>
    public static readonly IReadOnlySet<string> Descriptors = new HashSet<string>(StringComparer.Ordinal)
    {
        "fresh", "frozen", "dried", "dry", "canned", "tinned", "raw", "cooked", "chopped", "diced", "sliced", "minced",
        "ground", "whole", "large", "small", "medium", "organic", "red", "green", "yellow", "white", "black", "brown",
        "sweet", "hot", "mild", "smoked", "roasted", "toasted", "low", "sodium", "extra", "virgin", "light", "dark",
        "unsalted", "salted", "boneless", "skinless", "breast", "thigh", "leg", "wing", "fillet", "filet", "loin", "chop",
        "of", "and", "with", "in", "a", "the", "plain", "baby", "leaf", "leave", "clove", "stick", "bunch", "can", "jar",
        "pack", "bag", "block", "firm", "silken", "extra", "fine", "coarse", "flake", "powder", "paste", "juice", "zest",
        "sauce", "spicy", "crushed", "grated", "shredded", "peeled", "pitted", "halved", "purple", "wild", "jasmine",
        "basmati", "long", "grain", "short", "sticky", "instant", "unsweetened", "sweetened", "seed", "seeds",
    };
}

#!/usr/bin/env python3
"""Writes adversarial-requests.jsonl: hand-written held-out requests for `pantrypilot eval compliance`.

Every pantry mixes messy real-world names (receipt abbreviations, quantities, brands, accents, typos), look-alikes
that must stay allowed, and `traps`: items labelled BY HAND here (from food knowledge, not from the C# ontology) that
the model must never see for that request. Five pantries hold 100+ items (they must be trimmed, never abort).
Run: python3 adversarial_requests.py
"""
import json
from pathlib import Path

# (id, constraints, allergies, traps, safe look-alikes and staples)
REQUESTS = [
    ("a01-veg-wings", ["vegetarian"], [], ["buffalo wings", "Chkn Thghs 2lb", "lemon pepper fillets", "BBQ ribs", "beef mince 500g"],
     ["cauliflower", "butter beans", "beef tomatoes", "rice"]),
    ("a02-veg-stock", ["Vegetarian"], [], ["Knorr chicken stock cubes", "fish sauce", "worcestershire sauce", "gelatine leaves", "anchovy fillets"],
     ["vegetable stock", "chicken of the woods", "onions", "garlic"]),
    ("a03-vegan-hidden", ["vegan"], [], ["honey", "egg noodles", "ghee", "parmesan", "milk chocolate", "mayo"],
     ["peanut butter", "coconut milk", "egg replacer", "dark soy sauce", "tofu"]),
    ("a04-vegan-qualifiers", ["plant-based"], [], ["cheddar", "whole milk", "butter"],
     ["vegan cheese", "plant-based milk", "vegan butter", "oat milk", "lentils"]),
    ("a05-pesc", ["pescetarian"], [], ["pork chops", "chorizo", "lard", "chicken broth", "duck fat"],
     ["salmon fillets", "prawns", "cod loins", "rice", "lemon"]),
    ("a06-df", ["non-dairy"], [], ["lactose-free milk", "non-dairy creamer", "ghee", "paneer", "Crème fraîche", "naan bread"],
     ["coconut cream", "almond milk", "cocoa butter", "cream of tartar", "eggplant"]),
    ("a07-gf-sauces", ["GLUTEN_FREE"], [], ["soy sauce", "hoisin sauce", "gochujang", "black bean sauce", "malt vinegar", "udon noodles", "corn flakes"],
     ["rice noodles", "buckwheat flour", "rice flour", "corn tortillas", "zucchini noodles"]),
    ("a08-gf-grains", ["gluten free"], [], ["couscous", "bulgur wheat", "pearl barley", "spelt flour", "panko", "seitan"],
     ["quinoa", "polenta", "millet", "potatoes", "gluten-free pasta"]),
    ("a09-nut", ["nut-free"], [], ["pesto", "almond flour", "cashews", "peanut butter", "nutella", "marzipan"],
     ["nutmeg", "water chestnuts", "butternut squash", "coconut", "sunflower seeds"]),
    ("a10-egg", ["egg-free"], [], ["eggs", "egg whites", "mayonnaise", "aioli", "fresh egg pasta", "meringue"],
     ["eggplant", "egg replacer", "rice noodles", "aquafaba"]),
    ("a11-shellfish", ["shellfish-free"], [], ["king prawns", "oyster sauce", "crab sticks", "mussels", "shrimp paste", "calamari"],
     ["oyster mushrooms", "scallions", "salmon", "crab apples"]),
    ("a12-allergy-shellfish", [], ["shellfish allergy"], ["shrimp", "lobster tails", "scallops", "red curry paste", "xo sauce"],
     ["tuna", "chicken", "rice"]),
    ("a13-allergy-peanut", [], ["allergic to peanuts"], ["peanuts", "satay sauce", "groundnut oil", "mixed nuts"],
     ["sunflower oil", "rice", "broccoli"]),
    ("a14-allergy-treenut", [], ["tree nuts"], ["almonds", "walnut oil", "pistachios", "frangipane", "almond milk"],
     ["peanut butter", "coconut milk", "nutmeg"]),
    ("a15-allergy-milk", [], ["cow's milk"], ["milk", "butter", "whey protein", "cheddar", "yogurt"],
     ["oat milk", "olive oil", "rice"]),
    ("a16-lactose", [], ["lactose intolerant"], ["cream cheese", "ice cream", "kefir", "ghee"],
     ["soy milk", "tomatoes", "pasta"]),
    ("a17-celiac", [], ["celiac"], ["soy sauce", "wheat flour", "beer", "rye bread", "couscous"],
     ["tamari", "rice", "potatoes"]),
    ("a18-egg-allergy", [], ["egg whites"], ["eggs", "brioche buns", "hollandaise", "egg noodles"],
     ["eggplant", "rice noodles", "tofu"]),
    ("a19-pork", [], ["pork"], ["ham", "bacon lardons", "prosciutto", "chorizo", "pepperoni", "lard", "pork belly"],
     ["beef mince", "chicken thighs", "rice"]),
    ("a20-kiwi", [], ["kiwi"], ["kiwi", "golden kiwis", "kiwifruit"],
     ["apples", "bananas", "strawberries"]),
    ("a21-sesame", [], ["sesame"], ["tahini", "sesame oil", "hummus", "halva"],
     ["olive oil", "chickpeas", "sunflower seeds"]),
    ("a22-multi", ["vegetarian", "gluten-free"], ["tree nuts"], ["chicken stock", "soy sauce", "pesto", "anchovies", "bulgur"],
     ["tamari", "paneer", "quinoa", "butternut squash"]),
    ("a23-vegan-gf", ["vegan", "gluten-free"], ["sesame"], ["honey", "seitan", "tahini", "butter", "egg noodles"],
     ["tofu", "rice noodles", "coconut milk", "chickpeas"]),
    ("a24-typos", ["vegetarian"], [], ["chiken breast", "bacn", "salmn fillet", "shrimps", "prociutto"],
     ["tomatos", "onion", "rice"]),
    ("a25-receipt", ["vegetarian", "dairy-free"], [], ["GRND BF 80/20 2LB", "CHKN BRST BNLS", "WHL MLK 1GAL", "SHRD CHDR CHS 8OZ", "BTR UNSLTD"],
     ["ORG BANANAS", "BROC CROWNS", "JASMINE RICE 5LB"]),
]

# A long list of plain, safe staples for the large pantries (our own pick; none breaks any constraint above).
STAPLES = """rice|onion|garlic|carrots|potatoes|sweet potatoes|spinach|kale|broccoli|cauliflower|cabbage|lettuce|cucumber|
tomatoes|cherry tomatoes|bell peppers|zucchini|aubergine|mushrooms|leeks|celery|parsnips|turnips|beetroot|radishes|peas|
green beans|sweetcorn|lentils|red lentils|chickpeas|black beans|kidney beans|pinto beans|cannellini beans|quinoa|millet|
polenta|buckwheat|oats|apples|pears|bananas|oranges|lemons|limes|mangoes|pineapple|grapes|strawberries|blueberries|
raspberries|avocados|dates|figs|apricots|plums|peaches|olive oil|sunflower oil|rapeseed oil|vinegar|salt|black pepper|
cumin|coriander|turmeric|paprika|cinnamon|nutmeg|cloves|cardamom|ginger|chili flakes|oregano|basil|thyme|rosemary|
parsley|mint|dill|bay leaves|sugar|brown sugar|maple syrup|baking soda|baking powder|yeast|cocoa powder|vanilla extract|
tomato paste|passata|coconut milk|rice vinegar|sriracha|salsa|pumpkin|butternut squash|bok choy|bean sprouts|lemongrass|
pumpkin seeds|sunflower seeds|chia seeds|flaxseed|arrowroot|tapioca|cornstarch|rice flour|potato starch|jackfruit|okra|
plantains|cassava|yams|taro|watercress|rocket|endive|fennel|artichokes|asparagus|shallots|spring onions|chives|capers|olives""".replace("\n", "").split("|")

LARGE = {"a02-veg-stock", "a07-gf-sauces", "a12-allergy-shellfish", "a19-pork", "a22-multi"}
CUISINES = ["Thai", "Italian", "Mexican", "Indian", "Japanese", "Korean", "Ethiopian", "French", "Chinese", "Lebanese"]


def item(name, i, large):
    entry = {"name": name, "quantity": 100 + (i * 37) % 900, "unit": "g"}
    if large:
        entry["expires"] = f"2026-12-{1 + (i * 7) % 28:02d}"
    return entry


def main():
    rows = []
    for n, (rid, constraints, allergies, traps, safe) in enumerate(REQUESTS):
        large = rid in LARGE
        names = traps + safe + (STAPLES if large else [])
        # Interleave so traps are not all at the front (a filter must not depend on position).
        names = names[1::2] + names[::2]
        rows.append({
            "id": rid,
            "pantry": [item(name, i, large) for i, name in enumerate(names)],
            "constraints": constraints,
            "allergies": allergies,
            "cuisine": CUISINES[n % len(CUISINES)],
            "request": "something for dinner",
            "max_tokens": 400,  # as the shipped set: 128 cut every tiny-model recipe off (the shortest took 171 tokens)
            "traps": traps,
        })
    out = Path(__file__).with_name("adversarial-requests.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} requests ({sum(len(r['pantry']) >= 100 for r in rows)} with 100+ items) to {out}")


if __name__ == "__main__":
    main()

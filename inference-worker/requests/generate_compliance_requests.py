#!/usr/bin/env python3
"""Writes compliance-requests.jsonl: >= 200 deterministic GenerateRecipe requests that stress the hard cases.

Each line: id, tags (constraint tags + scenario), pantry [{name, quantity, unit}], constraints, allergies,
cuisine, request, max_tokens, and `traps`: pantry items a correct pre-filter must keep from the model
(hand-labelled here, independently of the C# ontology). Run: python3 generate_compliance_requests.py
"""
import json
import random
from pathlib import Path

SEED = 20261124
rng = random.Random(SEED)

SAFE = [("rice", 1, "kg"), ("onion", 3, "pcs"), ("garlic", 1, "pcs"), ("tomatoes", 6, "pcs"), ("carrots", 500, "g"),
        ("spinach", 200, "g"), ("chickpeas", 400, "g"), ("lentils", 500, "g"), ("potatoes", 1, "kg"), ("ginger", 50, "g"),
        ("olive oil", 500, "ml"), ("bell pepper", 2, "pcs"), ("cumin", 30, "g"), ("mushrooms", 250, "g"), ("quinoa", 500, "g"),
        ("zucchini", 2, "pcs"), ("black beans", 400, "g"), ("cilantro", 1, "bunch"), ("lime", 2, "pcs"), ("sweet potato", 2, "pcs")]
CUISINES = ["Thai", "Italian", "Mexican", "Indian", "Japanese", "Korean", "Ethiopian", "French", "Chinese", "Lebanese"]
REQUESTS = ["something quick for dinner", "a warming soup", "a lunch I can pack", "a weekend brunch", "a spicy stir-fry",
            "a one-pot meal", "something for two under 30 minutes", "a comforting stew"]

# scenario -> (constraints, allergies, traps that must be excluded, look-alikes that should stay allowed)
SCENARIOS = {
    "vegetarian-stock-trap": (["vegetarian"], [], [("chicken stock", 1, "L"), ("beef broth", 500, "ml"), ("fish sauce", 200, "ml"),
                              ("oyster sauce", 150, "ml"), ("gelatin", 20, "g"), ("anchovies", 50, "g"), ("worcestershire sauce", 150, "ml"),
                              ("bonito flakes", 30, "g"), ("dashi", 500, "ml"), ("lard", 250, "g"), ("bacon", 200, "g")],
                              [("eggplant", 1, "pcs"), ("vegetable stock", 1, "L"), ("oyster mushrooms", 200, "g"), ("paneer", 250, "g")]),
    "vegan-honey-trap": (["vegan"], [], [("honey", 1, "jar"), ("butter", 250, "g"), ("eggs", 12, "pcs"), ("ghee", 200, "g"),
                          ("mayonnaise", 1, "jar"), ("buttermilk", 500, "ml"), ("chicken stock", 1, "L"), ("parmesan", 100, "g")],
                         [("maple syrup", 250, "ml"), ("coconut milk", 400, "ml"), ("tofu", 400, "g"), ("almond milk", 1, "L")]),
    "dairy-free-lookalikes": (["dairy-free"], [], [("butter", 250, "g"), ("paneer", 250, "g"), ("whey", 500, "g"), ("ghee", 200, "g"),
                              ("buttermilk", 500, "ml"), ("cheddar", 200, "g"), ("heavy cream", 250, "ml"), ("casein", 100, "g")],
                             [("peanut butter", 1, "jar"), ("coconut milk", 400, "ml"), ("almond milk", 1, "L"), ("oat milk", 1, "L"),
                              ("cocoa butter", 100, "g"), ("eggplant", 1, "pcs"), ("butternut squash", 1, "pcs"), ("cream of tartar", 50, "g"),
                              ("coconut cream", 200, "ml"), ("soy milk", 1, "L")]),
    "gluten-free-soy-sauce": (["gluten-free"], [], [("soy sauce", 250, "ml"), ("seitan", 300, "g"), ("barley", 500, "g"), ("malt vinegar", 250, "ml"),
                              ("couscous", 500, "g"), ("bulgur", 500, "g"), ("rye bread", 1, "pcs"), ("panko", 200, "g"), ("wheat flour", 1, "kg"),
                              ("udon noodles", 400, "g")],
                             [("tamari", 250, "ml"), ("rice noodles", 400, "g"), ("buckwheat", 500, "g"), ("corn masa", 1, "kg"),
                              ("masa harina", 1, "kg"), ("corn tortillas", 10, "pcs")]),
    "nut-free-lookalikes": (["nut-free"], [], [("almonds", 200, "g"), ("peanut butter", 1, "jar"), ("pine nuts", 100, "g"), ("cashews", 200, "g"),
                            ("walnuts", 200, "g"), ("pesto", 1, "jar"), ("almond milk", 1, "L"), ("hazelnuts", 100, "g")],
                           [("nutmeg", 20, "g"), ("coconut", 1, "pcs"), ("water chestnuts", 200, "g"), ("butternut squash", 1, "pcs"),
                            ("coconut milk", 400, "ml")]),
    "pescatarian": (["pescatarian"], [], [("chicken thighs", 500, "g"), ("chicken stock", 1, "L"), ("bacon", 200, "g"), ("ground beef", 500, "g"),
                     ("gelatin", 20, "g"), ("chorizo", 200, "g"), ("lard", 250, "g")],
                    [("salmon", 400, "g"), ("shrimp", 300, "g"), ("fish sauce", 200, "ml"), ("anchovies", 50, "g"), ("cod", 400, "g")]),
    "vegan-gluten-free": (["vegan", "gluten-free"], [], [("soy sauce", 250, "ml"), ("honey", 1, "jar"), ("butter", 250, "g"), ("seitan", 300, "g"),
                           ("couscous", 500, "g"), ("fish sauce", 200, "ml")],
                          [("tamari", 250, "ml"), ("tofu", 400, "g"), ("rice noodles", 400, "g"), ("coconut milk", 400, "ml")]),
    "vegetarian-nut-free": (["vegetarian", "nut-free"], [], [("chicken stock", 1, "L"), ("peanuts", 200, "g"), ("pesto", 1, "jar"),
                             ("worcestershire sauce", 150, "ml"), ("almond flour", 500, "g")],
                            [("nutmeg", 20, "g"), ("coconut cream", 200, "ml"), ("paneer", 250, "g")]),
    "dairy-free-gluten-free": (["dairy-free", "gluten-free"], [], [("soy sauce", 250, "ml"), ("butter", 250, "g"), ("naan", 4, "pcs"),
                                ("buttermilk", 500, "ml"), ("bulgur", 500, "g")],
                               [("tamari", 250, "ml"), ("coconut milk", 400, "ml"), ("buckwheat", 500, "g")]),
    "allergy-sesame": ([], ["sesame"], [("tahini", 1, "jar"), ("sesame oil", 250, "ml"), ("hummus", 200, "g"), ("sesame seeds", 100, "g")],
                       [("olive oil", 500, "ml"), ("chickpeas", 400, "g")]),
    "allergy-shellfish": ([], ["shellfish"], [("shrimp", 300, "g"), ("oyster sauce", 150, "ml"), ("crab", 200, "g"), ("prawns", 300, "g"),
                          ("shrimp paste", 50, "g")],
                          [("salmon", 400, "g"), ("oyster mushrooms", 200, "g")]),
    "vegetarian-allergy-sesame": (["vegetarian"], ["sesame"], [("tahini", 1, "jar"), ("fish sauce", 200, "ml"), ("chicken stock", 1, "L"),
                                  ("sesame oil", 250, "ml")],
                                 [("eggplant", 1, "pcs"), ("paneer", 250, "g")]),
    "unknown-exotic": (["vegan"], [], [("yuzu kosho", 1, "jar"), ("salak", 2, "pcs"), ("bagoong", 1, "jar"), ("furikake", 1, "jar"),
                       ("kaya jam", 1, "jar")],
                       [("rice", 1, "kg"), ("tofu", 400, "g")]),
    "egg-free-lookalikes": (["egg-free"], [], [("eggs", 12, "pcs"), ("mayonnaise", 1, "jar"), ("egg noodles", 400, "g"), ("meringue", 100, "g"),
                            ("aioli", 1, "jar"), ("egg whites", 250, "ml")],
                           [("eggplant", 1, "pcs"), ("egg replacer", 200, "g"), ("rice noodles", 400, "g"), ("cream of tartar", 50, "g")]),
    "shellfish-free": (["shellfish-free"], [], [("prawns", 300, "g"), ("oyster sauce", 150, "ml"), ("crab sticks", 200, "g"), ("mussels", 500, "g"),
                       ("shrimp paste", 50, "g"), ("squid", 300, "g")],
                      [("oyster mushrooms", 200, "g"), ("scallions", 1, "bunch"), ("salmon", 400, "g")]),
}


def fold(tag):
    return "".join(c for c in tag.lower() if c.isalnum())


def make(index, scenario):
    constraints, allergies, traps, lookalikes = SCENARIOS[scenario]
    pantry = rng.sample(SAFE, rng.randint(2, 5))
    pantry += rng.sample(traps, rng.randint(1, min(4, len(traps))))
    pantry += rng.sample(lookalikes, rng.randint(1, min(3, len(lookalikes))))
    rng.shuffle(pantry)
    trap_names = sorted({name for name, _, _ in traps} & {name for name, _, _ in pantry})
    return {
        "id": f"c{index:03d}-{scenario}",
        # One spelling per tag: a scenario named like one of its own tags ("allergy-sesame", "pescatarian") adds nothing.
        "tags": list(dict.fromkeys(constraints + [f"allergy:{a}" for a in allergies]
                                   + ([] if fold(scenario) in {fold(t) for t in constraints + [f"allergy:{a}" for a in allergies]} else [scenario]))),
        "pantry": [{"name": n, "quantity": q, "unit": u} for n, q, u in pantry],
        "constraints": constraints,
        "allergies": allergies,
        "cuisine": rng.choice(CUISINES),
        "request": rng.choice(REQUESTS),
        "max_tokens": 400,
        "traps": trap_names,
    }


def main():
    names = sorted(SCENARIOS)
    rows = [make(i, names[i % len(names)]) for i in range(len(names) * 16)]
    out = Path(__file__).with_name("compliance-requests.jsonl")
    out.write_text("".join(json.dumps(r, separators=(",", ":")) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} requests to {out}")


if __name__ == "__main__":
    main()

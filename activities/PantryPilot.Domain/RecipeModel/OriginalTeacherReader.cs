using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Ingredients;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>
/// Converts one line of the original system's later teacher layout ({"input", "output", "scenario", "generated_at"})
/// without losing what it says: the requested ingredients go into the request; every ingredient string is split into
/// its ingredients and read by the quantity grammar; shopping-list entries may be objects; "None" is no addition;
/// repeated pantry items are merged; "Step N." is split with or without a space and a method cut short is flagged.
/// Everything else lands in <see cref="OriginalSample"/>, and what cannot be carried is listed field by field.
/// </summary>
public static partial class OriginalTeacherReader
{
    public const string DefaultRequest = "Suggest a recipe from my pantry.";

    private static readonly string[] RootFields = ["input", "output", "scenario", "generated_at"];
    private static readonly string[] InputFields = ["user_inventory", "requested_ingredients", "user_request",
        "preference", "cuisine"];
    private static readonly string[] OutputFields = ["status", "missing_ingredients", "recipe", "shopping_list"];
    private static readonly string[] RecipeFields = ["name", "cuisine", "culinary_preference", "time",
        "main_ingredients", "steps", "note"];
    private static readonly string[] NameFields = ["item", "name", "ingredient", "product"];
    private static readonly string[] AmountFields = ["quantity", "amount", "qty"];

    public static (SampleCandidate? Candidate, string? Error) Read(JsonElement root, Func<string, string> where)
    {
        ArgumentNullException.ThrowIfNull(where);
        var input = root.GetProperty("input");
        var output = root.GetProperty("output");
        if (input.ValueKind != JsonValueKind.Object || !input.TryGetProperty("user_inventory", out var inventory)
            || inventory.ValueKind != JsonValueKind.Array)
        {
            return (null, $"{where("input.user_inventory")}: must be an array of names");
        }

        var notCarried = new List<string>();
        Unexpected(root, string.Empty, RootFields, notCarried);
        Unexpected(input, "input.", InputFields, notCarried);
        Unexpected(output, "output.", OutputFields, notCarried);
        var (pantry, duplicates) = Pantry(inventory, notCarried);
        var tags = Texts(input, "preference", "input.preference", notCarried, splitList: true);
        var cuisine = Text(input, "cuisine", "input.cuisine", notCarried);
        var requested = Texts(input, "requested_ingredients", "input.requested_ingredients", notCarried,
            splitList: true);
        var request = Request(Text(input, "user_request", "input.user_request", notCarried), requested);
        var status = Text(output, "status", "output.status", notCarried);
        var original = new OriginalSample
        {
            RequestedIngredients = requested,
            TeacherStatus = status,
            Scenario = Raw(root, "scenario"),
            GeneratedAt = Raw(root, "generated_at"),
            DuplicatePantryItems = duplicates,
        };

        if (!output.TryGetProperty("recipe", out var recipe) || recipe.ValueKind != JsonValueKind.Object)
        {
            var none = new SampleCandidate(SampleLayouts.OriginalTeacher, null, tags, cuisine, request, pantry, null,
                $"no-recipe: status '{status}'", null)
            {
                Original = original with { NotCarried = notCarried },
            };
            return (none, null);
        }

        Unexpected(recipe, "output.recipe.", RecipeFields, notCarried);
        if (!recipe.TryGetProperty("main_ingredients", out var main) || main.ValueKind != JsonValueKind.Array)
        {
            return (null, $"{where("output.recipe.main_ingredients")}: must be an array");
        }

        var (ingredients, lines) = Ingredients(main, notCarried);
        var (shopping, shoppingText) = Additions(output, "shopping_list", notCarried);
        var (missing, missingText) = Additions(output, "missing_ingredients", notCarried);
        var (additions, empty) = CleanAdditions(shopping.Concat(missing));
        var (steps, numbers) = Steps(recipe, notCarried);
        var timeText = Text(recipe, "time", "output.recipe.time", notCarried);
        var minutes = timeText is null ? 0 : Minutes(timeText);
        if (timeText is not null && minutes == 0)
        {
            notCarried.Add($"output.recipe.time: '{timeText}' is no time (kept as written in the metadata)");
        }

        var answer = new RecipeAnswer(
            Text(recipe, "name", "output.recipe.name", notCarried) ?? string.Empty,
            Text(recipe, "cuisine", "output.recipe.cuisine", notCarried) ?? cuisine ?? string.Empty,
            minutes,
            ingredients,
            additions,
            steps);
        original = original with
        {
            Note = Text(recipe, "note", "output.recipe.note", notCarried),
            CulinaryPreference = Text(recipe, "culinary_preference", "output.recipe.culinary_preference", notCarried),
            Time = timeText,
            Ingredients = lines,
            MissingIngredients = missingText,
            ShoppingList = shoppingText,
            MethodProblem = MethodText.Problem(steps, numbers),
            EmptyAdditions = empty,
            NotCarried = notCarried,
        };
        return (new SampleCandidate(SampleLayouts.OriginalTeacher, null, tags, cuisine, request, pantry, answer, null,
            null)
        { Original = original }, null);
    }

    /// <summary>The request a prompt shows: the user's words (or the default), then the requested
    /// ingredients.</summary>
    public static string Request(string? userRequest, IReadOnlyList<string> requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var request = string.IsNullOrWhiteSpace(userRequest) ? DefaultRequest : userRequest.Trim();
        return requested.Count == 0 ? request : $"{request} Requested ingredients: {string.Join(", ", requested)}.";
    }

    /// <summary>"20m", "1h 15m", "45 min", "1.5 hours", "30" → minutes; 0 when unreadable.</summary>
    public static int Minutes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var total = 0.0;
        foreach (Match m in Duration().Matches(text))
        {
            var value = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            total += m.Groups["u"].Value.StartsWith('h') || m.Groups["u"].Value.StartsWith('H') ? value * 60 : value;
        }

        return (int)Math.Round(total);
    }

    private static (List<SamplePantryItem> Pantry, List<string> Duplicates) Pantry(JsonElement inventory,
        List<string> notCarried)
    {
        var pantry = new List<SamplePantryItem>();
        var duplicates = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in inventory.EnumerateArray())
        {
            var name = entry.ValueKind == JsonValueKind.String ? entry.GetString()!.Trim() : null;
            if (string.IsNullOrEmpty(name))
            {
                notCarried.Add($"input.user_inventory[{index}]: {Kind(entry)}, not a name");
            }
            else if (!keys.Add(IngredientMatcher.Default.Key(name)))
            {
                duplicates.Add(name);
            }
            else
            {
                pantry.Add(new SamplePantryItem(name, 0, string.Empty));
            }

            index++;
        }

        return (pantry, duplicates);
    }

    private static (List<AnswerIngredient> Ingredients, List<IngredientLine> Lines) Ingredients(JsonElement main,
        List<string> notCarried)
    {
        var ingredients = new List<AnswerIngredient>();
        var lines = new List<IngredientLine>();
        var index = 0;
        foreach (var entry in main.EnumerateArray())
        {
            var text = entry.ValueKind switch
            {
                JsonValueKind.String => entry.GetString()!.Trim(),
                JsonValueKind.Object => ObjectText(entry),
                _ => null,
            };
            if (string.IsNullOrEmpty(text))
            {
                notCarried.Add($"output.recipe.main_ingredients[{index++}]: {Kind(entry)}, not an ingredient");
                continue;
            }

            var pieces = IngredientList.Default.Split(text);
            foreach (var piece in pieces)
            {
                var quantity = QuantityGrammar.Default.Parse(piece);
                ingredients.Add(IngredientText.ToAnswerIngredient(quantity) with { Name = quantity.QualifiedName });
                lines.Add(IngredientLine.From(quantity, pieces.Count > 1 ? text : null));
            }

            index++;
        }

        return (ingredients, lines);
    }

    /// <summary>Names from a list of strings or objects ({"item": "cilantro", "quantity": "1 bunch"}), and the list as
    /// written.</summary>
    private static (List<string> Names, List<string> Written) Additions(JsonElement output, string field,
        List<string> notCarried)
    {
        var names = new List<string>();
        var written = new List<string>();
        if (!output.TryGetProperty(field, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return (names, written);
        }

        var entries = list.ValueKind switch
        {
            JsonValueKind.Array => list.EnumerateArray().ToArray(),
            JsonValueKind.String => [list],
            _ => [],
        };
        if (entries.Length == 0 && list.ValueKind != JsonValueKind.Array)
        {
            notCarried.Add($"output.{field}: {Kind(list)}, not a list");
        }

        var index = 0;
        foreach (var entry in entries)
        {
            var text = entry.ValueKind switch
            {
                JsonValueKind.String => entry.GetString()!.Trim(),
                JsonValueKind.Object => ObjectText(entry),
                _ => null,
            };
            if (text is null)
            {
                notCarried.Add($"output.{field}[{index}]: {Kind(entry)}, not an ingredient");
            }
            else
            {
                written.Add(entry.ValueKind == JsonValueKind.String ? text : entry.GetRawText());
                names.AddRange(IngredientList.Default.Split(text)
                    .Select(piece => QuantityGrammar.Default.Parse(piece).QualifiedName));
            }

            index++;
        }

        return (names, written);
    }

    /// <summary>Additions that name something, once each ("None", "n/a", "" are no addition).</summary>
    private static (List<string> Additions, List<string> Empty) CleanAdditions(IEnumerable<string> names)
    {
        var additions = new List<string>();
        var empty = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var folded = name.Trim().Trim('.', '-', '*').ToLowerInvariant();
            if (folded is "" or "none" or "null" or "n/a" or "na" or "nothing" or "no" or "nil" or "-")
            {
                empty.Add(name);
            }
            else if (keys.Add(IngredientMatcher.Default.Key(name)))
            {
                additions.Add(name);
            }
        }

        return (additions, empty);
    }

    private static (string[] Steps, int[] Numbers) Steps(JsonElement recipe, List<string> notCarried)
    {
        if (!recipe.TryGetProperty("steps", out var steps) || steps.ValueKind == JsonValueKind.Null)
        {
            return ([], []);
        }

        switch (steps.ValueKind)
        {
            case JsonValueKind.String:
                return MethodText.Split(steps.GetString()!);
            case JsonValueKind.Array:
                var list = new List<string>();
                var index = 0;
                foreach (var step in steps.EnumerateArray())
                {
                    if (step.ValueKind == JsonValueKind.String && step.GetString()!.Trim().Length > 0)
                    {
                        list.AddRange(MethodText.Split(step.GetString()!).Steps);
                    }
                    else
                    {
                        notCarried.Add($"output.recipe.steps[{index}]: {Kind(step)}, not a step");
                    }

                    index++;
                }

                return ([.. list], []);
            default:
                notCarried.Add($"output.recipe.steps: {Kind(steps)}, not a method");
                return ([], []);
        }
    }

    /// <summary>"{"item": "cilantro", "quantity": "1 bunch"}" → "1 bunch cilantro"; null without a name.</summary>
    private static string? ObjectText(JsonElement entry)
    {
        var name = NameFields.Select(f => entry.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!.Trim() : null)
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));
        if (name is null)
        {
            return null;
        }

        var amount = AmountFields.Select(f => entry.TryGetProperty(f, out var v) ? v : default)
            .FirstOrDefault(v => v.ValueKind is JsonValueKind.String or JsonValueKind.Number);
        var unit = entry.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String
            ? u.GetString()!.Trim() : null;
        var amountText = amount.ValueKind switch
        {
            JsonValueKind.String => amount.GetString()!.Trim(),
            JsonValueKind.Number => amount.GetRawText(),
            _ => string.Empty,
        };
        return string.Join(' ', new[] { amountText, unit, name }.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static string? Text(JsonElement owner, string field, string path, List<string> notCarried)
    {
        if (!owner.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!.Trim();
            return text.Length == 0 ? null : text;
        }

        notCarried.Add($"{path}: {Kind(value)}, not text");
        return null;
    }

    /// <summary>A string, a list of strings, or (with <paramref name="splitList"/>) a comma-separated string.</summary>
    private static List<string> Texts(JsonElement owner, string field, string path, List<string> notCarried,
        bool splitList)
    {
        var texts = new List<string>();
        if (!owner.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return texts;
        }

        var entries = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value];
        foreach (var entry in entries)
        {
            if (entry.ValueKind != JsonValueKind.String)
            {
                notCarried.Add($"{path}: {Kind(entry)}, not text");
                continue;
            }

            var text = entry.GetString()!.Trim();
            texts.AddRange(splitList
                ? text.Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : [text]);
        }

        return texts.Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string? Raw(JsonElement owner, string field) =>
        !owner.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();

    private static void Unexpected(JsonElement owner, string prefix, string[] known, List<string> notCarried)
    {
        if (owner.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in owner.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                notCarried.Add($"{prefix}{property.Name}: not a field of the teacher layout");
            }
        }
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "empty text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object without a name",
        _ => "null",
    };

    [GeneratedRegex(
        @"(?<n>\d+(?:\.\d+)?)\s*(?<u>h|hr|hrs|hour|hours|m|min|mins|minute|minutes)?\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Duration();
}

using System.Text;
using System.Text.RegularExpressions;

namespace PantryPilot.Domain.Training;

/// <summary>
/// A trainer command line with placeholders, e.g.
/// <c>mlx_lm.lora --model {model} --train --data {data} --config {config} --adapter-path {adapter_path} --iters {iters}
/// {resume}</c>. Split into words like a POSIX shell splits them (spaces, 'single' and "double" quotes) but never run
/// through a shell: each word becomes one process argument, so a value with spaces or ';' is passed as it is. A word
/// that is exactly a placeholder whose value is a list (<c>{resume}</c>) expands to that many arguments (none when
/// empty).
/// </summary>
public sealed partial class CommandTemplate
{
    private readonly List<string> words;

    private CommandTemplate(string text, List<string> words)
    {
        Text = text;
        this.words = words;
    }

    public string Text { get; }

    /// <summary>The program: the first word, which must not be a placeholder.</summary>
    public string Program => words[0];

    public IReadOnlyList<string> Placeholders
        => words.SelectMany(w => Placeholder().Matches(w).Select(m => m.Groups["name"].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static CommandTemplate Parse(string text, IReadOnlyCollection<string> knownPlaceholders)
    {
        var words = Split(text);
        if (words.Count == 0)
        {
            throw new CommandTemplateException("the trainer command template is empty");
        }

        if (words[0].Contains('{', StringComparison.Ordinal))
        {
            throw new CommandTemplateException(
                $"the trainer command template must start with a program, not a placeholder: '{words[0]}'");
        }

        var template = new CommandTemplate(text, words);
        var unknown = template.Placeholders.Where(p => !knownPlaceholders.Contains(p)).ToList();
        return unknown.Count == 0
            ? template
            : throw new CommandTemplateException(
                $"the trainer command template uses unknown placeholder(s) "
                + $"{string.Join(", ", unknown.Select(u => "{" + u + "}"))}; known: "
                + $"{string.Join(", ", knownPlaceholders.Select(k => "{" + k + "}"))}");
    }

    /// <summary>The argument list (program excluded) with every placeholder replaced.</summary>
    public IReadOnlyList<string> Arguments(IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        var arguments = new List<string>();
        foreach (var word in words.Skip(1))
        {
            var whole = Placeholder().Match(word);
            if (whole.Success && whole.Length == word.Length)
            {
                arguments.AddRange(Value(whole.Groups["name"].Value, values));
                continue;
            }

            arguments.Add(Placeholder().Replace(word, m => string.Join(' ', Value(m.Groups["name"].Value, values))));
        }

        return arguments;
    }

    private static IReadOnlyList<string> Value(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
        => values.TryGetValue(name, out var value)
            ? value
            : throw new CommandTemplateException($"no value for placeholder {{{name}}}");

    private static List<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        if (quote is not null)
        {
            throw new CommandTemplateException($"the trainer command template has an unclosed {quote} quote: {text}");
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    [GeneratedRegex(@"\{(?<name>[a-z_]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}

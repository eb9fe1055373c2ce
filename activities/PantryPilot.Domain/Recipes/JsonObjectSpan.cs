namespace PantryPilot.Domain.Recipes;

/// <summary>Finds a balanced <c>{...}</c> span in model output, aware of strings and escapes: the one scanner the
/// serving parser and the training-data parser share.</summary>
public static class JsonObjectSpan
{
    /// <summary>Index of the brace closing the object that opens at <paramref name="start"/>; -1 when it never
    /// closes.</summary>
    public static int EndOfObject(string text, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var ch = text[i];
            if (inString)
            {
                if (ch == '\\')
                {
                    i++;
                }
                else if (ch == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (ch == '"')
            {
                inString = true;
            }
            else if (ch == '{')
            {
                depth++;
            }
            else if (ch == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}

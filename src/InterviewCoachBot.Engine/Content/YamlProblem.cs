using YamlDotNet.Core;

namespace InterviewCoachBot.Engine.Content;

/// <summary>Where and what a YamlDotNet error is, in the words a content editor needs.</summary>
internal static class YamlProblem
{
    /// <summary>The line to report: YamlDotNet's own, except for a tab in the indentation, which it pins to the enclosing mapping.</summary>
    public static int Line(string yaml, YamlException exception)
    {
        var reported = checked((int)exception.Start.Line);
        if (!exception.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return reported;
        }

        var lines = yaml.Split('\n');
        for (var index = Math.Max(reported - 1, 0); index < lines.Length; index++)
        {
            var text = lines[index];
            if (text[..^text.TrimStart().Length].Contains('\t', StringComparison.Ordinal))
            {
                return index + 1;
            }
        }

        return reported;
    }

    /// <summary>YamlDotNet starts with its own position ("(Line: 3, Col: 5, Idx: 40) - (...): "); we report the line ourselves.</summary>
    public static string Simplify(string message)
    {
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }
}

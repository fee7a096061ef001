using System.Text.RegularExpressions;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>
/// Fits what the candidate typed into the draft's sentences: the topic follows "our conversation about", so a lead-in they
/// typed themselves ("our conversation about the roadmap") would be said twice; the point is a sentence of its own.
/// </summary>
public static partial class DraftPhrases
{
    /// <summary>The topic without a lead-in of its own, a leading capital on a small word, or closing punctuation.</summary>
    public static string Topic(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var topic = typed.TrimEnd('.', '!', '?', ' ');
        string shorter;
        while ((shorter = LeadIn().Replace(topic, string.Empty, 1)) != topic && shorter.Length > 0)
        {
            topic = shorter;
        }

        // "The roadmap" reads as "about The roadmap" mid-sentence; a name ("Kubernetes") keeps its capital.
        return SmallWord().IsMatch(topic) ? char.ToLowerInvariant(topic[0]) + topic[1..] : topic;
    }

    /// <summary>The point as the sentence it ends: with closing punctuation.</summary>
    public static string Point(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        return typed.EndsWith('.') || typed.EndsWith('!') || typed.EndsWith('?') ? typed : typed + ".";
    }

    [GeneratedRegex(
        @"^(?:i\s+)?(?:(?:especially|really)\s+)?(?:(?:enjoyed|liked|loved)\s+)?(?:(?:our|the|a|that)\s+)?(?:(?:conversation|chat|talk|discussion)\s+(?:about|on|around|of)|talking\s+about|discussing|about)\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^(?:The|A|An|Our|Your|How|What|Why)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SmallWord();
}

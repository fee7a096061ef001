using System.Globalization;
using InterviewCoachBot.Engine.Content;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>Reads which outcome a typed answer means: its number in the list, its key or label, or the user's own words.</summary>
public static class OutcomeAnswer
{
    public static OutcomeGuide? Find(IReadOnlyList<OutcomeGuide> outcomes, string typed)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(typed);
        var text = typed.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            return position >= 1 && position <= outcomes.Count ? outcomes[position - 1] : null;
        }

        var exact = outcomes.FirstOrDefault(outcome => outcome.Key.Equals(text.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase)
            || outcome.Label.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        // Own words count only when they name exactly one outcome; "an offer, but it's on hold" is asked again.
        var words = $" {Normalise(text)} ";
        var named = outcomes.Where(outcome => outcome.Says.Any(phrase => words.Contains($" {phrase} ", StringComparison.Ordinal))).Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', '\t', '\n', '.', ',', '!', '?', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries));
}

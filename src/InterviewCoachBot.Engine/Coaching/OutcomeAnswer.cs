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

        // Own words count only when they name exactly one outcome; "an offer, but it's on hold" is asked again. A phrase
        // inside a longer one that was also typed is part of it: "I declined the offer" is not an offer.
        var words = $" {Normalise(text)} ";
        var found = outcomes.SelectMany(outcome => outcome.Says.SelectMany(phrase => Spans(words, phrase).Select(span => (Outcome: outcome, Span: span)))).ToList();
        var named = found
            .Where(match => !found.Any(longer => longer.Span.Start <= match.Span.Start && longer.Span.End >= match.Span.End && longer.Span.End - longer.Span.Start > match.Span.End - match.Span.Start))
            .Select(match => match.Outcome)
            .Distinct()
            .Take(2)
            .ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>Where a whole-word phrase occurs in space-padded text.</summary>
    private static IEnumerable<(int Start, int End)> Spans(string words, string phrase)
    {
        var padded = $" {phrase} ";
        for (var at = words.IndexOf(padded, StringComparison.Ordinal); at >= 0; at = words.IndexOf(padded, at + 1, StringComparison.Ordinal))
        {
            yield return (at, at + padded.Length);
        }
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', '\t', '\n', '.', ',', '!', '?', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries));
}

using System.Globalization;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>
/// Finds which of the user's interviews a command means: "#2" or "2" at the start of the arguments, the only one the
/// user has, or else asks with one button per interview.
/// </summary>
public static class InterviewPicker
{
    /// <returns>The interview and the arguments after its number, or null when the user was asked or told why not.</returns>
    public static async Task<(Interview Interview, string Remainder)?> PickAsync(Turn turn, string verb, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (first, rest) = CommandLine.Split(arguments);
        if (int.TryParse(first.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var found = await turn.Store.Interviews.GetAsync(turn.User.Id, number, cancellationToken);
            if (found is null)
            {
                turn.Say($"You have no interview #{number}. Send /interviews to see yours.");
                return null;
            }

            return (found, rest);
        }

        var all = await turn.Store.Interviews.ListAsync(turn.User.Id, cancellationToken);
        switch (all.Count)
        {
            case 0:
                turn.Say("You haven't added an interview yet. Send /interview to add one.", [new ReplyButton("/interview", ButtonData.Command("interview"))]);
                return null;
            case 1:
                return (all[0], arguments.Trim());
            default:
                turn.Say($"Which interview? (/{verb})", [.. all.TakeLast(10).Select(item => (IReadOnlyList<ReplyButton>)[Button(verb, item, arguments)])]);
                return null;
        }
    }

    private static ReplyButton Button(string verb, Interview interview, string arguments) =>
        new($"#{interview.Number} {Clip(interview.Company)}", ButtonData.Command(string.Create(CultureInfo.InvariantCulture, $"{verb} {interview.Number} {arguments}").Trim()));

    private static string Clip(string text) => text.Length > 24 ? text[..24] + "…" : text;
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>
/// Finds which of the user's interviews a command means: "#2" or "2" at the start of the arguments, the only one the
/// user has, or else asks with one button per interview.
/// </summary>
public static partial class InterviewPicker
{
    /// <summary>
    /// Button data up to this many bytes fits every platform as it is (Telegram allows 64 with our owner prefix); longer
    /// command lines are not put on buttons, so what a user typed is never parked in platform storage.
    /// </summary>
    private const int CompactButtonBytes = 48;

    /// <summary>Interviews offered as buttons: the newest, so a long list stays readable.</summary>
    private const int Offered = 10;

    /// <param name="numberFirst">False when a leading number belongs to the arguments (a day such as "27 Nov").</param>
    /// <returns>The interview and the arguments after its number, or null when the user was asked or told why not.</returns>
    public static async Task<(Interview Interview, string Remainder)?> PickAsync(
        Turn turn, string verb, string arguments, CancellationToken cancellationToken, bool numberFirst = true)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (first, rest) = CommandLine.Split(arguments);
        if (numberFirst && NumberLike().IsMatch(first))
        {
            // A number out of int's range, zero or negative names no interview; it must never fall through to the default.
            var found = int.TryParse(first.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? await turn.Store.Interviews.GetAsync(turn.User.Id, number, cancellationToken)
                : null;
            if (found is null)
            {
                await SayNotFoundAsync(turn, verb, first.TrimStart('#'), cancellationToken);
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
                var keep = all.All(item => Encoding.UTF8.GetByteCount(CommandFor(verb, item, arguments)) <= CompactButtonBytes);
                var again = keep || arguments.Length == 0 ? string.Empty : " Then send the rest of the command again.";
                turn.Say($"Which interview? (/{verb}){again}{OlderOnes(verb, all)}", Buttons(verb, all, keep ? arguments : string.Empty));
                return null;
        }
    }

    private static async Task SayNotFoundAsync(Turn turn, string verb, string number, CancellationToken cancellationToken)
    {
        var shown = TextLimits.Clip(number, 12);
        var all = await turn.Store.Interviews.ListAsync(turn.User.Id, cancellationToken);
        if (all.Count == 0)
        {
            turn.Say($"You have no interview #{shown}: you haven't added one yet. Send /interview to add one.", [new ReplyButton("/interview", ButtonData.Command("interview"))]);
            return;
        }

        var numbers = string.Join(", ", all.TakeLast(Offered).Select(item => $"#{item.Number} {TextLimits.Clip(item.Company, 24)}"));
        turn.Say($"You have no interview #{shown}. Yours: {numbers}. Which one did you mean? (/{verb}){OlderOnes(verb, all)}", Buttons(verb, all, string.Empty));
    }

    /// <summary>One button per interview, the newest <see cref="Offered"/>.</summary>
    private static IReadOnlyList<ReplyButton>[] Buttons(string verb, IReadOnlyList<Interview> all, string arguments) =>
        [.. all.TakeLast(Offered).Select(item => (IReadOnlyList<ReplyButton>)[Button(verb, item, arguments)])];

    /// <summary>Says how to reach the interviews the buttons leave out.</summary>
    private static string OlderOnes(string verb, IReadOnlyList<Interview> all) =>
        all.Count > Offered ? $"\nThe buttons show your {Offered} newest; for an older one send /{verb} with its number, e.g. /{verb} {all[0].Number}." : string.Empty;

    private static ReplyButton Button(string verb, Interview interview, string arguments) =>
        new($"#{interview.Number} {TextLimits.Clip(interview.Company, 24)}", CommandFor(verb, interview, arguments));

    private static string CommandFor(string verb, Interview interview, string arguments) =>
        ButtonData.Command(string.Create(CultureInfo.InvariantCulture, $"{verb} {interview.Number} {arguments}").Trim());

    /// <summary>"7", "#7", "-1", "99999999999": meant as an interview number, whether or not one has it.</summary>
    [GeneratedRegex(@"^#?-?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLike();
}

using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Records the day the employer said they would decide by.</summary>
public sealed class DecisionCommand(MomentParser parser) : ICommand
{
    public CommandInfo Info { get; } = new("decision", "Note the day they said they'd decide by", "/decision [N] <day, e.g. by fri, 27 Nov or next week>")
    {
        Details = "Notes the day the company said it would decide by, so I can tell you when following up is right.",
        Examples = ["/decision 1 fri", "/decision 1 by Friday", "/decision 1 27 Nov"],
    };

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        // "/decision 27 Nov" is a day, not interview #27; "/decision 2 27 Nov" is interview #2.
        var (first, rest) = CommandLine.Split(arguments);
        var numbered = int.TryParse(first.TrimStart('#'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            && parser.ParseDay(rest, turn.Now, turn.Zone).Day is not null;
        var wholeIsDay = parser.ParseDay(arguments, turn.Now, turn.Zone).Day is not null;
        if (await InterviewPicker.PickAsync(turn, Info.Name, arguments, cancellationToken, numberFirst: numbered || !wholeIsDay) is not { } picked)
        {
            return;
        }

        var interview = picked.Interview;
        if (picked.Remainder.Length == 0)
        {
            turn.Say(Ask(interview));
            return;
        }

        var (day, problem) = parser.ParseDay(picked.Remainder, turn.Now, turn.Zone);
        if (day is not { } decisionBy)
        {
            turn.Say(problem!);
            return;
        }

        if (DecisionDayCheck.Problem(turn, interview, decisionBy) is { } wrong)
        {
            turn.Say($"{wrong} I haven't saved it. {Ask(interview)}");
            return;
        }

        await turn.Store.Interviews.UpdateAsync(turn.User.Id, interview with { DecisionBy = decisionBy }, cancellationToken);
        turn.InterviewChanged(interview.Number);
        var after = InterviewProgress.Day(turn.User.WorkingDays.FollowUpDay(decisionBy));
        turn.Say(
            $"Noted: {interview.Company} expects to decide by {InterviewProgress.Day(decisionBy)}. If you haven't heard by {after}, that's the day for your one follow-up.",
            [new ReplyButton("Follow-up advice", ButtonData.Command($"followup {interview.Number}"))]);
    }

    private static string Ask(Interview interview) =>
        $"Which day did {interview.Company} say they'd decide by? Send it like this: /decision {interview.Number} fri (or 27 Nov, or in 5 days).";
}

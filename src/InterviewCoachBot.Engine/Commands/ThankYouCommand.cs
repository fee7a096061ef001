using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>The thank-you note: guidance with the local deadline, a draft, and marking it sent.</summary>
public sealed class ThankYouCommand(ThankYouCoach coach, ThankYouDraftDialog draft) : ICommand
{
    public CommandInfo Info { get; } = new("thankyou", "Your thank-you note: deadline, channel, checklist and a draft", "/thankyou [N] [draft|sent]", "thanks")
    {
        Details = "Shows when your thank-you note is due in your time zone, which channel to use and what to include. With draft I write a first version with you; with sent I note that it went out and stop its reminders.",
        Examples = ["/thankyou 1", "/thankyou 1 draft", "/thankyou 1 sent"],
    };

    public async Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await InterviewPicker.PickAsync(turn, Info.Name, arguments, cancellationToken) is not { } picked)
        {
            return;
        }

        var interview = picked.Interview;
        switch (CommandLine.Split(picked.Remainder).Name)
        {
            case "":
                turn.Say(await coach.GuidanceAsync(turn, interview, cancellationToken));
                break;
            case "draft":
                await draft.StartAsync(turn, interview, cancellationToken);
                break;
            case "sent" when interview.HeldAt > turn.Now:
                turn.Say($"Your interview with {interview.Company} is {turn.Show(interview.HeldAt)}; mark the note sent once you've sent it afterwards.");
                break;
            case "sent":
                var sent = interview with { ThankYouSentAt = turn.Now };
                await turn.Store.Interviews.UpdateAsync(turn.User.Id, sent, cancellationToken);
                turn.InterviewChanged(sent.Number);
                turn.Say(await coach.GuidanceAsync(turn, sent, cancellationToken));
                break;
            default:
                turn.Say($"With /thankyou {interview.Number} I show the guidance; add \"draft\" for a draft or \"sent\" once you've sent it.");
                break;
        }
    }
}

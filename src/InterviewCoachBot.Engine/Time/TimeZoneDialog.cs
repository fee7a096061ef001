using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Time;

/// <summary>Sets the user's zone from an IANA id, a city or a country; near misses come back as choices, never applied silently.</summary>
public sealed class TimeZoneDialog(TimeZoneResolver resolver) : IDialog
{
    public const string DialogKind = "timezone";

    public string Kind => DialogKind;

    public string Title => "time zone change";

    public async Task StartAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var state = turn.NewDialog(DialogKind, "zone");
        var current = $"Your time zone is {LocalTimes.DescribeZone(turn.Zone, turn.Now)}; it's {LocalTimes.Format(turn.Now, turn.Zone, turn.Now)} there now.\n";
        if (arguments.Length == 0 && turn.InsideOtherWizard)
        {
            // The open wizard takes the next message, so this cannot ask for a place itself.
            turn.Say(current + "To change it, send /timezone with your city, country or zone, for example: /timezone Berlin.");
            return;
        }

        if (arguments.Length == 0)
        {
            await turn.SaveDialogAsync(state, cancellationToken);
            turn.Say(new Reply(current + "To change it, send your city, country or zone, for example: Berlin, India, America/New_York. Or /cancel to keep it.") { ExpectsText = true });
            return;
        }

        await ContinueAsync(turn, state, arguments, cancellationToken);
    }

    public async Task ContinueAsync(Turn turn, DialogState state, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        switch (resolver.Resolve(answer))
        {
            case TimeZoneLookup.Found found:
                await turn.Store.Users.SetTimeZoneAsync(turn.User.Id, found.Zone.Id, cancellationToken);
                await turn.ClearDialogAsync(cancellationToken);
                turn.ChangeZone(found.Zone);
                turn.Say($"Your time zone is now {LocalTimes.DescribeZone(found.Zone, turn.Now)}. It's {LocalTimes.Format(turn.Now, found.Zone, turn.Now)} there. All times I show you follow it.");
                break;
            case TimeZoneLookup.Choices choices:
                await turn.SaveDialogAsync(state with { UpdatedAt = turn.Now }, cancellationToken);
                turn.Say(
                    choices.Reason + "\nPick one, or type another place.",
                    [.. choices.Options.Select(option => (IReadOnlyList<ReplyButton>)[new ReplyButton(option.Label, ButtonData.Answer(option.ZoneId))])]);
                break;
            case TimeZoneLookup.NotFound notFound:
                await turn.SaveDialogAsync(state with { UpdatedAt = turn.Now }, cancellationToken);
                turn.Say(new Reply(notFound.Reason + "\nTry again, or send /cancel to keep your current zone.") { ExpectsText = true });
                break;
            default:
                throw new InvalidOperationException("Unknown time zone lookup result.");
        }
    }
}

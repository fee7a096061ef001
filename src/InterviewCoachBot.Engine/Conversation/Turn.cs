using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>Everything a command or wizard needs while handling one inbound message, inside its transaction.</summary>
public sealed class Turn(IBotTransaction store, UserAccount user, string chatId, DateTimeOffset now, TimeZoneInfo zone, string? displayName = null)
{
    private readonly List<Reply> replies = [];
    private readonly HashSet<int> changedInterviews = [];
    private readonly List<ShownMoment> moments = [];

    public IBotTransaction Store { get; } = store;

    public UserAccount User { get; private set; } = user;

    public string ChatId { get; } = chatId;

    /// <summary>The instant the message is handled, in UTC.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>The user's zone; every time shown or typed is in it.</summary>
    public TimeZoneInfo Zone { get; private set; } = zone;

    /// <summary>The user's calendar day now, in their zone.</summary>
    public DateOnly Today => LocalTimes.DayOf(Now, Zone);

    /// <summary>The name the platform shows for the user, cleaned; null when it gave none.</summary>
    public string? DisplayName { get; } = displayName;

    public IReadOnlyList<Reply> Replies => replies;

    /// <summary>Set by <c>forget</c>: the replies of this turn must no longer point to the deleted user.</summary>
    public bool UserForgotten { get; set; }

    /// <summary>Interviews whose state changed in this turn; observers (such as nudge planning) look at them before the commit.</summary>
    public IReadOnlyCollection<int> ChangedInterviews => changedInterviews;

    /// <summary>True when the message was a button press, so a reply may replace the message that carried the button.</summary>
    public bool FromButton { get; set; }

    /// <summary>True while a read-only command answers inside another wizard, which takes the next message again.</summary>
    public bool InsideOtherWizard { get; set; }

    /// <summary>True when a setting that affects every interview changed (the time zone, the working days).</summary>
    public bool SettingsChanged { get; private set; }

    /// <summary>Set by a wizard that cannot use the answer; the runner then asks the same question again, led by this reason.</summary>
    internal string? WrongAnswerReason { get; private set; }

    public void InterviewChanged(int number) => changedInterviews.Add(number);

    /// <summary>Tells the wizard runner the answer was wrong; the wizard itself neither saves nor says anything then.</summary>
    public void RejectAnswer(string reason) => WrongAnswerReason = reason;

    /// <summary>An instant as this user reads it ("today 15:30", or "Tue 24 Nov 15:30" with <paramref name="near"/> off), remembered for <see cref="MomentsIn"/>.</summary>
    public string Show(DateTimeOffset instant, bool near = true)
    {
        var text = near ? LocalTimes.FormatNear(instant, Zone, Now) : LocalTimes.Format(instant, Zone, Now);
        moments.Add(new ShownMoment(instant, text));
        return text;
    }

    /// <summary>The times shown in this turn that appear in <paramref name="text"/>.</summary>
    public IReadOnlyList<ShownMoment> MomentsIn(string text) =>
        [.. moments.Where(moment => text.Contains(moment.Text, StringComparison.Ordinal)).DistinctBy(moment => moment.Text)];

    public void Say(Reply reply) => replies.Add(reply);

    public void Say(string text, params IReadOnlyList<ReplyButton>[] buttonRows) => replies.Add(new Reply(text, buttonRows));

    /// <summary>The wizard state saved in this turn while the wizard stays open; the runner keeps the question asked with it.</summary>
    internal DialogState? SavedDialog { get; private set; }

    public Task SaveDialogAsync(DialogState state, CancellationToken cancellationToken)
    {
        SavedDialog = state;
        return Store.Dialogs.SaveAsync(User.Id, ChatId, state, cancellationToken);
    }

    public Task ClearDialogAsync(CancellationToken cancellationToken)
    {
        SavedDialog = null;
        return Store.Dialogs.ClearAsync(User.Id, ChatId, cancellationToken);
    }

    public DialogState NewDialog(string kind, string step) =>
        new(kind, step, new Dictionary<string, string>(StringComparer.Ordinal), Now);

    public void ChangeZone(TimeZoneInfo newZone)
    {
        Zone = newZone;
        User = User with { TimeZoneId = newZone.Id };
        SettingsChanged = true;
    }

    public void ChangeWorkingDays(WorkingDays workingDays)
    {
        User = User with { WorkingDays = workingDays };
        SettingsChanged = true;
    }

    public void ChangeName(string name) => User = User with { Name = name };
}

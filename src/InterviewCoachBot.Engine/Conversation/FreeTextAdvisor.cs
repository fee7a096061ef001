using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>Answers text typed outside a wizard by pointing to the command that does what the user seems to want.</summary>
public sealed class FreeTextAdvisor
{
    // Checked in order: the first topic whose word appears in the text wins.
    private static readonly (string[] Words, string Command, string Hint)[] Topics =
    [
        (["delete my data", "forget me", "erase"], "forget", "To delete everything I keep about you, use /forget."),
        (["time zone", "timezone", "zone"], "timezone", "To see or change your time zone, use /timezone (for example: /timezone Europe/Berlin)."),
        (["delete", "remove"], "interviews", "To delete an interview, find its number with /interviews, then send /delete and the number."),
        (["change", "edit", "wrong", "fix"], "interviews", "To correct an interview, find its number with /interviews, then send /edit and the number."),
        (["list", "my interviews", "show"], "interviews", "Here is how to see your interviews and their next steps: /interviews."),
        (["interview", "add", "new"], "interview", "To add an interview, send /interview and I'll ask for the details."),
        (["cancel", "stop", "quit"], "cancel", "Nothing is open right now, so there's nothing to cancel."),
    ];

    public void Advise(Turn turn, string text)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lowered = text.ToLowerInvariant();
        foreach (var (words, command, hint) in Topics)
        {
            if (words.Any(word => lowered.Contains(word, StringComparison.Ordinal)))
            {
                turn.Say(hint, [new ReplyButton($"/{command}", ButtonData.Command(command))]);
                return;
            }
        }

        turn.Say(
            "I'm your interview follow-up coach. Tell me about an interview with /interview and I'll guide you through what comes next. Send /help for everything I can do.",
            [new ReplyButton("/interview", ButtonData.Command("interview")), new ReplyButton("/help", ButtonData.Command("help"))]);
    }
}

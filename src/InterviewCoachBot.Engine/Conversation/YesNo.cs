using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>Asks for and reads a confirmation before something that cannot be undone.</summary>
public static class YesNo
{
    private static readonly string[] Yes = ["yes", "y", "yes, delete", "delete", "confirm"];
    private static readonly string[] No = ["no", "n", "keep", "keep it", "cancel"];

    public static Reply Ask(string question, string yesLabel, string noLabel) =>
        new(question, [[new ReplyButton(yesLabel, ButtonData.Answer("yes")), new ReplyButton(noLabel, ButtonData.Answer("no"))]]);

    /// <summary>True for yes, false for no, null when the answer is neither.</summary>
    public static bool? Read(string answer)
    {
        var text = answer.Trim();
        return Yes.Contains(text, StringComparer.OrdinalIgnoreCase) ? true
            : No.Contains(text, StringComparer.OrdinalIgnoreCase) ? false
            : null;
    }
}

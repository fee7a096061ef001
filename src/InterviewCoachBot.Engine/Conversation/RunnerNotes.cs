using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>
/// What the wizard runner keeps in a wizard's state beside its answers (so it survives a restart): the question the
/// wizard asked last, to ask it again after an interruption, and a command waiting until the user agrees to leave.
/// </summary>
internal static partial class RunnerNotes
{
    // Answers never start with '~', so these keys cannot collide with a wizard's own.
    private const string Prefix = "~";
    private const string QuestionKey = Prefix + "question";
    private const string HeldCommandKey = Prefix + "held-command";

    public static DialogState KeepQuestion(DialogState state, Reply question)
    {
        var kept = new KeptQuestion(question.Text, question.ExpectsText, [.. question.Buttons.Select(row => row.ToArray())], question.Form);
        return Set(state, QuestionKey, JsonSerializer.Serialize(kept, NotesJson.Default.KeptQuestion));
    }

    public static Reply? Question(DialogState state) =>
        state.Value(QuestionKey) is { } json && JsonSerializer.Deserialize(json, NotesJson.Default.KeptQuestion) is { } kept
            ? new Reply(kept.Text, kept.Buttons) { ExpectsText = kept.ExpectsText, Form = kept.Form }
            : null;

    public static DialogState HoldCommand(DialogState state, string commandLine) => Set(state, HeldCommandKey, commandLine);

    public static string? HeldCommand(DialogState state) => state.Value(HeldCommandKey);

    public static DialogState WithoutHeldCommand(DialogState state)
    {
        var values = new Dictionary<string, string>(state.Values, StringComparer.Ordinal);
        values.Remove(HeldCommandKey);
        return state with { Values = values };
    }

    /// <summary>True when the user has given the wizard answers that leaving it would lose (the interview it is about does not count).</summary>
    public static bool HasAnswers(DialogState state) =>
        state.Values.Keys.Any(key => !key.StartsWith(Prefix, StringComparison.Ordinal) && key != DialogInterview.NumberKey);

    private static DialogState Set(DialogState state, string key, string value) =>
        state with { Values = new Dictionary<string, string>(state.Values, StringComparer.Ordinal) { [key] = value } };

    /// <param name="Form">The form the question declared, so a platform can open it later (Discord's "Answer" button).</param>
    internal sealed record KeptQuestion(string Text, bool ExpectsText, ReplyButton[][] Buttons, ReplyForm? Form = null);

    [JsonSerializable(typeof(KeptQuestion))]
    internal sealed partial class NotesJson : JsonSerializerContext;
}

namespace InterviewCoachBot.Engine.Model;

/// <summary>Where a user is in a multi-step wizard, saved after every step so it survives a restart.</summary>
/// <param name="Kind">The wizard's name.</param>
/// <param name="Step">The question the user is answering.</param>
/// <param name="Values">Answers so far.</param>
/// <param name="UpdatedAt">When the user last moved the wizard on; idle wizards expire.</param>
public sealed record DialogState(string Kind, string Step, IReadOnlyDictionary<string, string> Values, DateTimeOffset UpdatedAt)
{
    public string? Value(string key) => Values.TryGetValue(key, out var value) ? value : null;

    public DialogState With(string key, string value, string nextStep, DateTimeOffset now)
    {
        var values = new Dictionary<string, string>(Values, StringComparer.Ordinal) { [key] = value };
        return this with { Values = values, Step = nextStep, UpdatedAt = now };
    }
}

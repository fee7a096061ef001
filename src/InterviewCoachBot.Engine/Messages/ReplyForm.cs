namespace InterviewCoachBot.Engine.Messages;

/// <summary>
/// The typed answers a reply asks for, declared as fields, so platforms with forms (Discord's modals) can ask them all at
/// once; the others ask one question at a time and ignore it. The submitted values come back as one <see cref="FormInput"/>.
/// </summary>
/// <param name="Title">What the form is for ("New interview").</param>
/// <param name="Fields">In the order they are asked; at most <see cref="MaxFields"/>.</param>
public sealed record ReplyForm(string Title, IReadOnlyList<FormField> Fields)
{
    /// <summary>The most fields a form holds (Discord's modal takes five text inputs).</summary>
    public const int MaxFields = 5;

    public IReadOnlyList<FormField> Fields { get; } = Fields is { Count: > 0 and <= MaxFields }
        ? Fields
        : throw new ArgumentOutOfRangeException(nameof(Fields), Fields?.Count, $"A form holds 1 to {MaxFields} fields.");
}

/// <summary>One typed answer of a <see cref="ReplyForm"/>.</summary>
/// <param name="Key">The wizard's key for the answer; the submitted value comes back under it.</param>
/// <param name="Label">The question, short enough to label a form field (at most <see cref="MaxLabel"/> characters).</param>
/// <param name="Placeholder">An example answer shown in the empty field (at most <see cref="MaxPlaceholder"/> characters).</param>
/// <param name="Required">False when the field may be left empty.</param>
/// <param name="MaxLength">The longest answer the wizard accepts.</param>
public sealed record FormField(string Key, string Label, string Placeholder, bool Required, int MaxLength)
{
    public const int MaxLabel = 45;
    public const int MaxPlaceholder = 100;

    public string Label { get; } = Label is { Length: > 0 and <= MaxLabel }
        ? Label
        : throw new ArgumentOutOfRangeException(nameof(Label), Label, $"A form field's label has 1 to {MaxLabel} characters.");

    public string Placeholder { get; } = Placeholder is { Length: <= MaxPlaceholder }
        ? Placeholder
        : throw new ArgumentOutOfRangeException(nameof(Placeholder), Placeholder, $"A form field's placeholder has at most {MaxPlaceholder} characters.");
}

using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>A wizard whose questions may declare a form (<see cref="Messages.Reply.Form"/>), and so takes several answers at once.</summary>
public interface IFormDialog : IDialog
{
    /// <summary>
    /// Takes the submitted values as if each were typed: valid ones are kept, the first wrong one is asked again with its
    /// reason, then the wizard goes on. The runner passes only keys of the form the wizard last declared.
    /// </summary>
    Task SubmitFormAsync(Turn turn, DialogState state, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);
}

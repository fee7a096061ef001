using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>A multi-step wizard. Its state lives in the store, so each answer may arrive after a restart.</summary>
public interface IDialog
{
    /// <summary>The key saved in <see cref="DialogState.Kind"/>.</summary>
    string Kind { get; }

    /// <summary>What the user was doing, for messages such as "your unfinished ... expired".</summary>
    string Title { get; }

    Task ContinueAsync(Turn turn, DialogState state, string answer, CancellationToken cancellationToken);
}

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>A verb the user can type (<c>/interview</c>) or press.</summary>
public interface ICommand
{
    CommandInfo Info { get; }

    Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken);
}

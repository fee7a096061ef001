namespace InterviewCoachBot.Engine.Conversation;

/// <summary>
/// Optional on an <see cref="ITurnObserver"/>: told once the turn's transaction committed, for effects that must only follow
/// a commit, such as waking the nudge dispatcher (it would not see uncommitted rows).
/// </summary>
public interface ITurnCommitListener
{
    void OnCommitted(Turn turn);
}

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>Whether a command changes anything, which decides if it may answer in the middle of an open wizard.</summary>
public enum CommandEffect
{
    /// <summary>Changes something or starts its own flow: the open wizard is left (after asking, if it holds answers).</summary>
    Changes,

    /// <summary>Only shows something, whatever its arguments: answered, and the wizard stays open.</summary>
    ReadsOnly,

    /// <summary>Only shows something when sent alone (<c>/timezone</c>); with arguments it changes something.</summary>
    ReadsOnlyWhenAlone,
}

namespace InterviewCoachBot.Adapters.Console;

/// <summary>The terminal the chat runs in; tests give it a script and read the transcript.</summary>
public interface IConsoleTerminal
{
    TextReader Input { get; }

    TextWriter Output { get; }

    /// <summary>True when a person types (show prompts); false when input is piped (print replies only).</summary>
    bool IsInteractive { get; }
}

namespace InterviewCoachBot.Adapters.Console;

/// <summary>The process's own stdin and stdout.</summary>
internal sealed class SystemConsoleTerminal : IConsoleTerminal
{
    public TextReader Input => System.Console.In;

    public TextWriter Output => System.Console.Out;

    public bool IsInteractive => !System.Console.IsInputRedirected;
}

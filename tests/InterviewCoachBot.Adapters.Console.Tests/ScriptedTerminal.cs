
namespace InterviewCoachBot.Adapters.Console.Tests;

/// <summary>A terminal whose input is a fixed script and whose output is kept for the test to read.</summary>
internal sealed class ScriptedTerminal(params string[] lines) : IConsoleTerminal
{
    private readonly StringWriter output = new() { NewLine = "\n" };

    public TextReader Input { get; } = new StringReader(string.Join('\n', lines));

    public TextWriter Output => output;

    public bool IsInteractive => false;

    public string Transcript => output.ToString();
}

using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Adapters.Console;

/// <summary>Turns a typed line into what the engine understands: a pick from the numbered choices, a command, or text.</summary>
public static class ConsoleInputReader
{
    public static InboundContent Read(string line, ConsoleScreen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var text = line.Trim();
        if (screen.Choice(text) is { } button)
        {
            return new ButtonInput(button.Data);
        }

        if (text.StartsWith('/'))
        {
            var (name, arguments) = CommandLine.Split(text);
            return new CommandInput(name, arguments);
        }

        return new TextInput(text);
    }
}

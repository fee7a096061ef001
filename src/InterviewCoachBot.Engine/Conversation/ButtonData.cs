namespace InterviewCoachBot.Engine.Conversation;

/// <summary>
/// The two shapes of button data: a command line (<c>/delete 2</c>) or an answer to the open wizard (<c>=email</c>).
/// </summary>
/// <remarks>Anything else was not made by us (stale client, tampering) and is refused politely.</remarks>
public static class ButtonData
{
    private const char AnswerPrefix = '=';
    private const char CommandPrefix = '/';

    public static string Answer(string value) => AnswerPrefix + value;

    public static string Command(string commandLine) => CommandPrefix + commandLine;

    public static bool TryReadAnswer(string data, out string value) => TryStrip(data, AnswerPrefix, out value);

    public static bool TryReadCommand(string data, out string commandLine) => TryStrip(data, CommandPrefix, out commandLine);

    private static bool TryStrip(string data, char prefix, out string rest)
    {
        rest = data.Length > 1 && data[0] == prefix ? data[1..] : string.Empty;
        return rest.Length > 0;
    }
}

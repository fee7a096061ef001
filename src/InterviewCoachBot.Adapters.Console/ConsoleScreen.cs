using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Adapters.Console;

/// <summary>
/// Writes replies to the terminal with their buttons as numbered choices, and remembers the latest choices so the user
/// can answer with a number or a label.
/// </summary>
public sealed class ConsoleScreen(IConsoleTerminal terminal)
{
    private readonly Lock gate = new();
    private List<ReplyButton> choices = [];

    public void Show(Reply reply) => Show(reply, null);

    /// <param name="documentPath">Where the reply's file was saved, shown instead of just its name.</param>
    public void Show(Reply reply, string? documentPath)
    {
        ArgumentNullException.ThrowIfNull(reply);
        lock (gate)
        {
            var output = terminal.Output;
            output.WriteLine(reply.Text);
            var buttons = reply.Buttons.SelectMany(row => row).ToList();
            for (var i = 0; i < buttons.Count; i++)
            {
                output.WriteLine($"  {i + 1}) {buttons[i].Label}");
            }

            if (reply.Document is { } document)
            {
                output.WriteLine(documentPath is null ? $"  [file: {document.FileName}]" : $"  [file saved: {documentPath}]");
            }

            output.WriteLine();
            output.Flush();

            // Only a reply that offers choices replaces the previous ones, so a note after a question keeps it answerable.
            if (buttons.Count > 0)
            {
                choices = buttons;
            }
        }
    }

    public void Prompt()
    {
        lock (gate)
        {
            terminal.Output.Write("> ");
            terminal.Output.Flush();
        }
    }

    /// <summary>The button a typed line picks: its number in the last list of choices, or its label.</summary>
    public ReplyButton? Choice(string line)
    {
        lock (gate)
        {
            if (int.TryParse(line, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                && number >= 1 && number <= choices.Count)
            {
                return choices[number - 1];
            }

            return choices.FirstOrDefault(button => button.Label.Equals(line, StringComparison.OrdinalIgnoreCase));
        }
    }
}

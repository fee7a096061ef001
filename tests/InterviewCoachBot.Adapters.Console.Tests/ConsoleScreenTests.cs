using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Adapters.Console.Tests;

public sealed class ConsoleScreenTests
{
    private static readonly Reply Question = new(
        "How have you been in touch?",
        [[new ReplyButton("Email", "=Email"), new ReplyButton("Phone", "=Phone")], [new ReplyButton("Letter or card", "=Letter")]]);

    [Fact]
    public void Show_ReplyWithButtons_PrintsTextThenNumberedChoices()
    {
        var terminal = new ScriptedTerminal();
        var screen = new ConsoleScreen(terminal);

        screen.Show(Question);

        Assert.Equal("How have you been in touch?\n  1) Email\n  2) Phone\n  3) Letter or card\n\n", terminal.Transcript);
    }

    [Theory]
    [InlineData("2", "=Phone")]
    [InlineData("letter or card", "=Letter")]
    [InlineData("EMAIL", "=Email")]
    public void Choice_NumberOrLabel_PicksThatButton(string typed, string expected)
    {
        var screen = new ConsoleScreen(new ScriptedTerminal());
        screen.Show(Question);

        var choice = screen.Choice(typed);

        Assert.Equal(expected, choice?.Data);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("fax")]
    public void Choice_OutOfRangeOrUnknown_IsNotAPick(string typed)
    {
        var screen = new ConsoleScreen(new ScriptedTerminal());
        screen.Show(Question);

        Assert.Null(screen.Choice(typed));
    }

    [Fact]
    public void Choice_AfterAReplyWithoutButtons_StillAnswersTheLastQuestion()
    {
        var screen = new ConsoleScreen(new ScriptedTerminal());
        screen.Show(Question);

        screen.Show(new Reply("(a note)"));

        Assert.Equal("=Phone", screen.Choice("2")?.Data);
    }

    [Fact]
    public void Read_TypedLines_BecomeButtonCommandOrText()
    {
        var screen = new ConsoleScreen(new ScriptedTerminal());
        screen.Show(Question);

        Assert.Equal(new ButtonInput("=Email"), ConsoleInputReader.Read("1", screen));
        Assert.Equal(new CommandInput("interview", "Acme | Engineer"), ConsoleInputReader.Read("/Interview Acme | Engineer", screen));
        Assert.Equal(new TextInput("hello there"), ConsoleInputReader.Read("  hello there ", screen));
    }
}

using System.Globalization;
using CsCheck;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Testing;

namespace InterviewCoachBot.Engine.Tests.Hostile;

/// <summary>Command lines, button data and spoken durations: never a crash, and each codec reads back what it wrote.</summary>
public sealed class ConversationParserPropertyTests
{
    private static readonly Gen<string> CommandName = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789_"], 1, 32];

    [Fact]
    public void CommandLineSplit_AnyText_GivesANameWithoutSpacesOrBotSuffix()
    {
        HostileText.Any(limit: 4096).Sample(line =>
        {
            var (name, arguments) = CommandLine.Split(line);

            Assert.DoesNotContain('@', name);
            Assert.False(name.Any(c => c is ' ' or '\t' or '\n'), name);
            Assert.Equal(arguments.Trim(), arguments);
        }, iter: 3000);
    }

    [Fact]
    public void CommandLineSplit_CommandWithArguments_ReadsBackNameAndArguments()
    {
        Gen.Select(CommandName, Gen.OneOf("", "@CoachBot", "@x"), HostileText.Short()).Sample((name, bot, arguments) =>
        {
            var typed = arguments.Trim();

            Assert.Equal((name, typed), CommandLine.Split($"/{name}{bot} {typed}"));
        }, iter: 2000);
    }

    [Fact]
    public void ButtonData_AnswerAndCommand_ReadBackAndNeverPassForEachOther()
    {
        HostileText.Short().Where(value => value.Length > 0).Sample(value =>
        {
            Assert.True(ButtonData.TryReadAnswer(ButtonData.Answer(value), out var answer));
            Assert.Equal(value, answer);
            Assert.True(ButtonData.TryReadCommand(ButtonData.Command(value), out var command));
            Assert.Equal(value, command);
            Assert.False(ButtonData.TryReadCommand(ButtonData.Answer(value), out _));
            Assert.False(ButtonData.TryReadAnswer(ButtonData.Command(value), out _));
        }, iter: 2000);
    }

    [Fact]
    public void DurationsDescribe_WholeMinutes_SaysTheSameLength()
    {
        Gen.Int[1, 1000 * 24 * 60].Sample(minutes =>
        {
            var span = TimeSpan.FromMinutes(minutes);

            var words = Durations.Describe(span).Split(' ');

            var unit = words[1].TrimEnd('s') switch
            {
                "day" => TimeSpan.FromDays(1),
                "hour" => TimeSpan.FromHours(1),
                _ => TimeSpan.FromMinutes(1),
            };
            Assert.Equal(span, unit * int.Parse(words[0], CultureInfo.InvariantCulture));
        }, iter: 2000);
    }

    [Fact]
    public void DurationsRemaining_AnyPositiveSpan_NeverSaysZeroOrMore()
    {
        Gen.Long[1, TimeSpan.FromDays(3650).Ticks].Sample(ticks =>
        {
            var span = TimeSpan.FromTicks(ticks);

            var words = Durations.Remaining(span).Split(' ');

            var amount = int.Parse(words[0], CultureInfo.InvariantCulture);
            var unit = words[1].TrimEnd('s') switch
            {
                "day" => TimeSpan.FromDays(1),
                "hour" => TimeSpan.FromHours(1),
                _ => TimeSpan.FromMinutes(1),
            };
            Assert.True(amount >= 1 && (unit * amount <= span || amount == 1), Durations.Remaining(span));
        }, iter: 2000);
    }
}

using InterviewCoachBot.Engine.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Engine.Tests.Conversation;

/// <summary>Each command's own help, written from its declaration.</summary>
public sealed class CommandHelpTests
{
    [Theory]
    [InlineData("/help thankyou")]
    [InlineData("/help /thankyou")]
    [InlineData("/help thanks")]
    [InlineData("help thankyou")]
    public async Task HelpOnACommand_GivesItsUsageWhatItDoesAndExamples(string line)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync(line);

        Assert.StartsWith("/thankyou: Your thank-you note", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Usage: /thankyou [N] [draft|sent]", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Examples:\n  /thankyou 1\n  /thankyou 1 draft", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Commands:", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpOnEveryCommand_ShowsItsDeclaredSummaryUsageAndExamples()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        foreach (var info in bot.Services.GetRequiredService<CommandCatalog>().Commands.Select(command => command.Info))
        {
            await ann.SendAsync("/help " + info.Name);

            Assert.Contains(info.Summary, ann.LastText, StringComparison.Ordinal);
            Assert.Contains("Usage: " + info.Usage, ann.LastText, StringComparison.Ordinal);
            Assert.All(info.Examples, example => Assert.Contains("  " + example, ann.LastText, StringComparison.Ordinal));
            Assert.False(string.IsNullOrWhiteSpace(info.Details), $"/{info.Name} says what it does");
            Assert.NotEmpty(info.Examples);
            Assert.Contains(info.Details!, ann.LastText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/help interview", "/interview [company | role | interviewers | when | channel]")]
    [InlineData("help followup", "/followup 1 sent")]
    [InlineData("/help /outcome", "your own words")]
    public async Task HelpOnCommandsUsersAskAbout_IsSpecific(string line, string expected)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync(line);

        Assert.Contains(expected, ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Commands:", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpOnAnUnknownCommand_SaysSoAndListsTheCommands()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/help foo");

        Assert.Contains("I don't know the command /foo.", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("/interview, /interviews", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("/thankyou", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpOnAMistypedCommand_SuggestsTheClosest()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/help thankyuo");

        Assert.Contains("Did you mean /thankyou?", ann.LastText, StringComparison.Ordinal);
    }
}

namespace InterviewCoachBot.Engine.Tests.Coaching;

/// <summary>The outcome question takes a choice, its number or the user's own words, and asks again when it can't tell.</summary>
public sealed class OutcomeQuestionTests
{
    [Theory]
    [InlineData("they rejected me", "Not selected")]
    [InlineData("they went with someone else", "Not selected")]
    [InlineData("They are not moving forward with my application", "Not selected")]
    [InlineData("It's on hold for now", "Paused")]
    [InlineData("they asked for more references", "They asked for more")]
    [InlineData("I got the job!", "Offer")]
    [InlineData("they want a second round", "Second interview")]
    [InlineData("4", "Not selected")]
    public async Task OwnWordsOrNumber_AnswerTheOutcomeQuestion(string answer, string recorded)
    {
        await using var bot = BotHarness.Start();
        var ann = await AnnWithInterviewAsync(bot);
        await ann.SendAsync("/outcome 1");

        await ann.SendAsync(answer);

        Assert.Contains($"Recorded for #1 Acme: {recorded}.", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/outcome 1")]
    [InlineData("/outcome 1 not_selected")]
    public async Task InterviewStillAhead_NothingRecorded_SaysWhenToComeBack(string line)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | tomorrow 10:00 | email");

        await ann.SendAsync(line);
        var reply = ann.LastText;
        await ann.SendAsync("/interviews");

        Assert.Equal("Your interview with Acme is tomorrow 10:00; record their decision with /outcome 1 once they've told you.", reply);
        Assert.Contains("Stage: upcoming", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAnswer_AsksAgainWithTheChoices_ThenANumberStillWorks()
    {
        await using var bot = BotHarness.Start();
        var ann = await AnnWithInterviewAsync(bot);
        await ann.SendAsync("/outcome 1");

        await ann.SendAsync("they sent me a cake");

        Assert.Contains("\"they sent me a cake\" isn't one of the outcomes I know.", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("What did Acme decide?", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Not selected", ann.ButtonLabels());
        await ann.SendAsync("4");
        Assert.Contains("Recorded for #1 Acme: Not selected.", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnWordsOnTheCommandLine_AreUnderstood()
    {
        await using var bot = BotHarness.Start();
        var ann = await AnnWithInterviewAsync(bot);

        await ann.SendAsync("/outcome 1 they made me an offer");

        Assert.Contains("Recorded for #1 Acme: Offer.", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordsNamingTwoOutcomes_AreAskedAgain()
    {
        await using var bot = BotHarness.Start();
        var ann = await AnnWithInterviewAsync(bot);
        await ann.SendAsync("/outcome 1");

        await ann.SendAsync("an offer, but it's on hold");

        Assert.Contains("isn't one of the outcomes I know", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InterviewDeletedMeanwhile_SaysSoInsteadOfAskingAgain()
    {
        await using var bot = BotHarness.Start();
        var ann = await AnnWithInterviewAsync(bot);
        await ann.SendAsync("/outcome 1");
        await ann.InChat("other").SendAsync("/delete 1");
        await ann.InChat("other").SendAsync("yes");

        await ann.SendAsync("they sent me a cake");

        Assert.Contains("Interview #1 no longer exists", ann.LastText, StringComparison.Ordinal);
    }

    private static async Task<ChatUser> AnnWithInterviewAsync(BotHarness bot)
    {
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-11-20 10:00 | email");
        return ann;
    }
}

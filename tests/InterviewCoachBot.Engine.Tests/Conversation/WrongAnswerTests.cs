namespace InterviewCoachBot.Engine.Tests.Conversation;

/// <summary>The wizard runner's rule: a wrong answer asks the same question again, led by what was wrong.</summary>
public sealed class WrongAnswerTests
{
    [Fact]
    public async Task WrongTime_InTheInterviewWizard_AsksTheSameStepAgainWithTheReason()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana");
        var asked = ann.LastReplies[^1].Text;

        await ann.SendAsync("25:00");

        var again = ann.LastReplies[^1].Text;
        Assert.Contains("For example", again, StringComparison.Ordinal);
        Assert.EndsWith(asked, again, StringComparison.Ordinal);
        Assert.NotEqual(asked, again);
    }

    [Fact]
    public async Task NeitherYesNorNo_ToADeletion_AsksTheSameConfirmationAgain()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | today 09:00 | email");
        await ann.SendAsync("/delete 1");

        await ann.SendAsync("maybe");

        Assert.StartsWith("Please answer yes or no.", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Delete interview #1 (Acme, Engineer) and everything noted for it?", ann.LastText, StringComparison.Ordinal);
        await ann.PressAsync("No, keep it");
        Assert.Contains("Kept interview #1.", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyName_WhenSchedulingACall_AsksWhoAgain()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | today 09:00 | email");
        await ann.SendAsync("/call 1 schedule");
        await ann.SendAsync("tomorrow 10:00");

        await ann.SendAsync("\u200B");

        Assert.Contains("Please give a name", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Who will you talk to? For example: Sam Ortiz, recruiter", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnlyCommand_AfterAWrongAnswer_AsksThePlainQuestion()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana");
        await ann.SendAsync("25:00");

        await ann.SendAsync("/interviews");

        Assert.StartsWith("New interview, step 4 of 5.", ann.LastReplies[^1].Text, StringComparison.Ordinal);
    }
}

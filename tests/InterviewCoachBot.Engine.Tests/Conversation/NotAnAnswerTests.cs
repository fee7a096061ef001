namespace InterviewCoachBot.Engine.Tests.Conversation;

/// <summary>A message that plainly asks for a command is not taken as the open wizard's answer.</summary>
public sealed class NotAnAnswerTests
{
    [Theory]
    [InlineData("stop reminders", "/nudges")]
    [InlineData("show my interviews", "/interviews")]
    [InlineData("help", "/help")]
    [InlineData("cancel", "/cancel")]
    [InlineData("list", "/interviews")]
    public async Task CommandWords_AtATypedStep_AreAskedAboutAndTheQuestionStays(string text, string command)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview");

        await ann.SendAsync(text);

        Assert.Contains($"Did you mean {command}?", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("step 1 of 5. Which company", ann.LastReplies[^1].Text, StringComparison.Ordinal);
        await ann.SendAsync("Acme");
        Assert.Contains("step 2 of 5", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandWord_ConfirmedAsTheAnswer_IsTaken()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview");

        await ann.SendAsync("List");
        await ann.PressAsync("Use \"List\" as my answer");

        Assert.Contains("step 2 of 5", ann.LastText, StringComparison.Ordinal);
        await ann.SendAsync("/cancel");
    }

    [Fact]
    public async Task CommandWord_PickedAsCommand_RunsItAndKeepsTheWizard()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme");

        await ann.SendAsync("show my interviews");
        await ann.PressAsync("/interviews");

        Assert.Contains("You haven't added an interview yet", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("step 2 of 5. What's the role?", ann.LastReplies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_ToAConfirmation_StillMeansNo()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/forget");

        await ann.SendAsync("cancel");

        Assert.Contains("Nothing was deleted.", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerContainingACommandWord_IsTakenAsUsual()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview");

        await ann.SendAsync("Interview Kickstart");

        Assert.Contains("step 2 of 5", ann.LastText, StringComparison.Ordinal);
    }
}

namespace InterviewCoachBot.Engine.Tests.Conversation;

/// <summary>What happens to an open wizard when the user sends a command in the middle of it.</summary>
public sealed class WizardEtiquetteTests
{
    [Theory]
    [InlineData("/interviews", "You haven't added an interview yet")]
    [InlineData("/help", "Commands:")]
    [InlineData("/nudges", "reminders")]
    [InlineData("/timezone", "Your time zone is")]
    public async Task ReadOnlyCommand_DuringWizard_IsAnsweredAndTheWizardAsksItsQuestionAgain(string command, string answered)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview");
        await ann.SendAsync("Acme Corp");
        await ann.SendAsync("Backend Engineer");
        await ann.SendAsync("Dana Levi");

        await ann.SendAsync(command);

        Assert.Contains(answered, ann.LastText, StringComparison.Ordinal);
        Assert.Contains("(Your new interview is still open.)", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("step 4 of 5. When did the interview take place", ann.LastReplies[^1].Text, StringComparison.Ordinal);
        await ann.SendAsync("yesterday 15:00");
        await ann.SendAsync("email");
        Assert.Contains("Saved interview #1.", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("#1 Acme Corp: Backend Engineer", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeZoneAlone_DuringWizard_SaysHowToChangeItWithoutAskingForAPlaceTheWizardWouldTake()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview");
        await ann.SendAsync("Acme Corp");

        await ann.SendAsync("/timezone");

        Assert.Contains("send /timezone with your city", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("send your city", ann.LastText, StringComparison.Ordinal);
        await ann.SendAsync("Backend Engineer");
        Assert.Contains("step 3 of 5", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnlyCommand_DuringChoiceStep_AsksAgainWithTheChoices()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | today 09:00");

        await ann.SendAsync("/help");
        await ann.PressAsync("Phone");

        Assert.Contains("Mon 23 Nov 09:00 (phone) with Dana", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandStartingAnotherFlow_DuringWizardWithAnswers_AsksBeforeLeaving_BackKeepsTheAnswers()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer");

        await ann.SendAsync("/timezone Berlin");

        Assert.Contains("Your new interview isn't finished", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Your time zone is now", ann.LastText, StringComparison.Ordinal);
        await ann.PressAsync("Back to the new interview");
        Assert.Contains("step 3 of 5", ann.LastReplies[^1].Text, StringComparison.Ordinal);
        await ann.SendAsync("Dana");
        await ann.SendAsync("today 09:00");
        await ann.SendAsync("email");
        Assert.Contains("#1 Acme: Engineer", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandStartingAnotherFlow_DuringWizardWithAnswers_LeaveRunsTheCommand()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer");

        await ann.SendAsync("/timezone Berlin");
        await ann.PressAsync("Leave it");

        Assert.Contains("(I left your unfinished new interview.)", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Your time zone is now", ann.LastText, StringComparison.Ordinal);
        await ann.SendAsync("Dana");
        Assert.DoesNotContain("step 4", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandStartingAnotherFlow_DuringWizardWithNothingTyped_LeavesItWithoutAsking()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | today 09:00 | email");
        await ann.SendAsync("/call 1 schedule");

        await ann.SendAsync("/thankyou 1");

        Assert.Contains("(I left your unfinished scheduling.)", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Thank-you note for #1 Acme", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnlyCommand_AfterRestart_StillAsksTheKeptQuestion()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme");

        await bot.RestartAsync();
        await ann.SendAsync("/interviews");

        Assert.Contains("step 2 of 5. What's the role?", ann.LastReplies[^1].Text, StringComparison.Ordinal);
    }
}

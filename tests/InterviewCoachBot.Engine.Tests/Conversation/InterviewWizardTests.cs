namespace InterviewCoachBot.Engine.Tests.Conversation;

public sealed class InterviewWizardTests
{
    [Fact]
    public async Task Interview_AllStepsAnswered_SavesInUserZoneAndShowsIt()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann", "Europe/Berlin");

        await ann.SendAsync("/interview");
        await ann.SendAsync("Acme Corp");
        await ann.SendAsync("Backend Engineer");
        await ann.SendAsync("Dana Levi");
        await ann.SendAsync("yesterday 15:00");
        await ann.PressAsync("Video");

        Assert.Contains("Saved interview #1.", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("#1 Acme Corp: Backend Engineer", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Sun 22 Nov 15:00 (video call) with Dana Levi", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_AllFieldsOnOneLine_SavesWithoutQuestions()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/interview Acme | Backend Engineer | Dana | 2026-11-20 10:00 | phone");

        Assert.StartsWith("Saved interview #1.", ann.LastReplies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Fri 20 Nov 10:00 (phone) with Dana", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_NamedArgumentsOnly_AsksForTheRest()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/interview company: Acme | when: tomorrow 10:00");

        Assert.Contains("step 3 of 5. What's the role?", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_BadDateOnTheLine_AsksForThatFieldWithReason()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/interview Acme | Engineer | Dana | 31 Feb 10:00 | email");

        Assert.Contains("Feb", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("When did the interview take place", ann.LastText, StringComparison.Ordinal);
        await ann.SendAsync("today 09:00");
        Assert.Contains("Saved interview #1.", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when", "25:00", "When did the interview take place", "For example")]
    [InlineData("when", "tomorrow", "Add a time", "For example")]
    [InlineData("channel", "pigeon", "I didn't recognise \"pigeon\" as a channel", "type email, phone")]
    public async Task Interview_WrongAnswer_RepromptsWithReasonAndKeepsEarlierAnswers(string step, string answer, string expected, string example)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(step == "when" ? "/interview Acme | Engineer | Dana" : "/interview Acme | Engineer | Dana | today 09:00");

        await ann.SendAsync(answer);

        Assert.Contains(expected, ann.LastText, StringComparison.Ordinal);
        Assert.Contains(example, ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Which company", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_CompanyTooLong_RepromptsWithTheLimit()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview");

        await ann.SendAsync(new string('x', 500));

        Assert.Contains("please keep it under 120", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Which company", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_SkipInterviewers_SavesWithoutNames()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer");

        await ann.PressAsync("Skip");
        await ann.SendAsync("today 09:00");
        await ann.SendAsync("email");

        Assert.Contains("Mon 23 Nov 09:00 (email)\n", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_EngineRestartedMidWizard_ContinuesWhereItStopped()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview");
        await ann.SendAsync("Acme");

        await bot.RestartAsync();
        await ann.SendAsync("Engineer");

        Assert.Contains("step 3 of 5", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_IdleLongerThanTimeout_ClosesWizardWithMessage()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview");
        await ann.SendAsync("Acme");

        bot.Time.Advance(TimeSpan.FromMinutes(31));
        await ann.SendAsync("Engineer");

        Assert.Contains("I closed your unfinished new interview: it waited more than 30 minutes", ann.LastText, StringComparison.Ordinal);
        await ann.SendAsync("/interviews");
        Assert.Contains("You haven't added an interview yet", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_IdleJustUnderTimeout_StillOpen()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview");

        bot.Time.Advance(TimeSpan.FromMinutes(29));
        await ann.SendAsync("Acme");

        Assert.Contains("step 2 of 5", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_DuringWizard_SavesNothing()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer");

        await ann.SendAsync("/cancel");
        await ann.SendAsync("/interviews");

        Assert.Contains("You haven't added an interview yet", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_TimeThatHappensTwiceAtDstEnd_OffersBothAndStoresTheChosenOne()
    {
        await using var bot = BotHarness.Start(new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.Zero));
        var ann = await bot.UserAsync("ann", "Europe/Berlin");
        await ann.SendAsync("/interview Acme | Engineer | Dana");

        await ann.SendAsync("25 Oct 02:30");
        Assert.Contains("02:30 happens twice", ann.LastText, StringComparison.Ordinal);
        await ann.PressAsync("02:30, second time");
        await ann.SendAsync("email");
        await ann.SendAsync("/timezone UTC");
        await ann.SendAsync("/interviews");

        Assert.Contains("Sun 25 Oct 01:30 (email)", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_TimeSkippedAtDstStart_RepromptsWithTheJump()
    {
        await using var bot = BotHarness.Start(new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.Zero));
        var ann = await bot.UserAsync("ann", "Europe/Berlin");
        await ann.SendAsync("/interview Acme | Engineer | Dana");

        await ann.SendAsync("29 Mar 02:30");

        Assert.Contains("does not exist", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("When did the interview take place", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_AnswerFromPressedButtonWithNoWizardOpen_SaysTheQuestionIsClosed()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.PressDataAsync("=email");

        Assert.Contains("That question is already closed", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_NewCommandDuringWizardWithoutAnswers_LeavesWizardAndSaysSo()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview");

        await ann.SendAsync("/export");

        Assert.Contains("(I left your unfinished new interview.)", ann.LastText, StringComparison.Ordinal);
        await ann.SendAsync("Acme");
        Assert.DoesNotContain("step 2", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_ThatWantTypedText_SaySo_ChoicesDoNot()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/interview Acme");
        var role = ann.LastReplies[^1];
        await ann.SendAsync("/interview Acme | Engineer | Dana | today 09:00");
        var channel = ann.LastReplies[^1];

        Assert.True(role.ExpectsText);
        Assert.False(channel.ExpectsText);
    }
}

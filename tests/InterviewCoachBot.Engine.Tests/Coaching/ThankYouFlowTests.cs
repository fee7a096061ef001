namespace InterviewCoachBot.Engine.Tests.Coaching;

public sealed class ThankYouFlowTests
{
    [Fact]
    public async Task AddingPastInterview_ShowsDeadlineChannelChecklistAndDonts()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann", "Europe/Berlin");

        await ann.SendAsync("/interview Acme | Backend Engineer | Dana Levi | today 09:00 | email");

        Assert.Contains("Send a short thank-you note to Acme by tomorrow 09:00 (20 hours from now)", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Channel: You've been in touch by email, so reply by email.", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("What to include (0/7 done):", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("LinkedIn connection request", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Never send a second message", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Write a draft", ann.ButtonLabels());
        var deadline = Assert.Single(ann.LastReplies[^1].Moments, moment => moment.Text == "tomorrow 09:00");
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), deadline.Instant);
    }

    [Theory]
    [InlineData("Europe/Berlin", "by tomorrow 09:00 (17 hours from now)")]
    [InlineData("America/New_York", "by tomorrow 09:00 (23 hours from now)")]
    public async Task Deadline_IsShownInTheUsersZone(string zone, string expected)
    {
        await using var bot = BotHarness.Start(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));
        var ann = await bot.UserAsync("ann", zone);

        await ann.SendAsync("/interview Acme | Engineer | Dana | today 09:00 | email");

        Assert.Contains(expected, ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deadline_AcrossTheNightClocksGoBack_Is24RealHoursLater()
    {
        // New York leaves daylight saving on Sun 1 Nov 2026 at 02:00: 24 hours after Sat 10:00 EDT is Sun 09:00 EST.
        await using var bot = BotHarness.Start(new DateTimeOffset(2026, 10, 31, 16, 0, 0, TimeSpan.Zero));
        var ann = await bot.UserAsync("ann", "America/New_York");

        await ann.SendAsync("/interview Acme | Engineer | Dana | today 10:00 | email");

        Assert.Contains("by tomorrow 09:00 (22 hours from now)", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterDeadline_ToneChangesWithoutScolding()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-11-20 10:00 | phone");

        await ann.SendAsync("/thankyou 1");

        Assert.Contains("The usual window for a thank-you note closed at Sat 21 Nov 10:00", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("still welcome", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("too late", ann.LastText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("a short call to Dana fits best", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpcomingInterview_SaysTheNoteComesAfterIt()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/interview Acme | Engineer | Dana | tomorrow 10:00 | video");

        Assert.Contains("After the interview, aim to send your thank-you note within a day", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Mark as sent", ann.ButtonLabels());
        await ann.SendAsync("/thankyou 1 sent");
        Assert.Contains("Your interview with Acme is tomorrow 10:00; mark the note sent once you've sent it afterwards.", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkSent_RecordsTheTimeAndTheStageMovesOn()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | today 09:00 | email");

        await ann.PressAsync("Mark as sent");
        var sent = ann.LastText;
        await ann.SendAsync("/interviews");

        Assert.Contains("You marked your thank-you note as sent (today 12:00)", sent, StringComparison.Ordinal);
        Assert.Contains("Stage: waiting for the decision", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_Email_HasSubjectAndUsesTheAnswers()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Backend Engineer | Dana Levi, Sam Ortiz | today 09:00 | email");

        await ann.PressAsync("Write a draft");
        await ann.SendAsync("the new billing platform");
        await ann.SendAsync("I've led two migrations like this one");

        Assert.Contains("Subject: Thank you for the Backend Engineer interview", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Dear Dana Levi,", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("our conversation about the new billing platform.", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("I've led two migrations like this one.", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("phone", "Talking points for a short call to Dana")]
    [InlineData("letter", "With thanks,")]
    [InlineData("video", "Subject: Thank you")]
    public async Task Draft_IsShapedForTheChannel(string channel, string expected)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync($"/interview Acme | Engineer | Dana | today 09:00 | {channel}");

        await ann.SendAsync("/thankyou 1 draft");
        await ann.SendAsync("team rituals");
        await ann.SendAsync("I care about code review");

        Assert.Contains(expected, ann.LastText, StringComparison.Ordinal);
        Assert.Equal(expected.StartsWith("Subject", StringComparison.Ordinal), ann.LastText.Contains("Subject:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_HostileAndHugeFields_AreKeptAsPlainTextCleanedAndCut()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | skip");
        await ann.SendAsync("today 09:00");
        await ann.SendAsync("email");

        await ann.SendAsync("/thankyou draft");
        await ann.SendAsync("<b>bold</b> & \u0007bell\u200b");
        await ann.SendAsync(new string('x', 3000));

        Assert.Contains("Dear hiring team,", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("about <b>bold</b> & bell.", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", ann.LastText, StringComparison.Ordinal);
        Assert.Contains(new string('x', 599) + "….", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 600), ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_EmptyAnswer_AsksAgain()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | today 09:00 | email");
        await ann.SendAsync("/thankyou 1 draft");

        await ann.SendAsync("\u200b");

        Assert.Contains("I need a few words for this.", ann.LastText, StringComparison.Ordinal);
    }
}

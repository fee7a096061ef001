namespace InterviewCoachBot.Engine.Tests.Coaching;

public sealed class WaitingFlowTests
{
    private const string AddSent = "/interview Acme | Engineer | Dana | 2026-11-16 10:00 | email";

    [Fact]
    public async Task FollowUp_SecondAttemptBeforeAReply_IsRefusedWithWhatToDoInstead()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddSent);
        await ann.SendAsync("/followup 1 sent");
        Assert.Contains("Noted: you followed up with Acme (today 12:00)", ann.LastText, StringComparison.Ordinal);

        bot.Time.Advance(TimeSpan.FromDays(3));
        await ann.SendAsync("/followup 1 sent");

        Assert.Contains("You already followed up with Acme (Mon 23 Nov 12:00)", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("keep other applications moving", ann.LastText, StringComparison.Ordinal);
        Assert.Equal(["They replied"], ann.ButtonLabels());
        await ann.SendAsync("/interviews");
        Assert.Contains("Stage: waiting for a reply", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_AfterTheirReply_IsAllowedAgain()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddSent);
        await ann.SendAsync("/followup 1 sent");
        bot.Time.Advance(TimeSpan.FromDays(1));
        await ann.SendAsync("/followup 1 reply");
        bot.Time.Advance(TimeSpan.FromDays(7));

        await ann.SendAsync("/followup 1 sent");

        Assert.Contains("Noted: you followed up with Acme (today 12:00)", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_RecordedDay_DrivesTheAdviceAndTheStage()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddSent);

        await ann.SendAsync("/decision 1 fri");
        var noted = ann.LastText;
        await ann.SendAsync("/followup 1");
        var early = ann.LastText;
        bot.Time.Advance(TimeSpan.FromDays(7)); // Mon 30 Nov, the first working day after Friday
        await ann.SendAsync("/interviews");

        Assert.Contains("Acme expects to decide by Fri 27 Nov. If you haven't heard by Mon 30 Nov", noted, StringComparison.Ordinal);
        Assert.Contains("a little early to follow up", early, StringComparison.Ordinal);
        Assert.Contains("Stage: decision date passed", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_UnreadableDay_ExplainsWithExample()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddSent);

        await ann.SendAsync("/decision 1 someday soon");

        Assert.Contains("Try:", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("second_interview", "Schedule it with /second")]
    [InlineData("more_info", "Check your references know they may be contacted")]
    [InlineData("paused", "A pause of 3 days to about 14 days is normal")]
    [InlineData("not_selected", "connecting with your interviewer on LinkedIn is fine")]
    [InlineData("offer", "start date, salary, working arrangements")]
    [InlineData("accepted", "start date in writing before you give notice")]
    [InlineData("declined", "one short and courteous message")]
    [InlineData("withdrew", "a long explanation isn't needed")]
    [InlineData("no_reply", "one follow-up without an answer is where it stops")]
    public async Task Outcome_EachHasItsOwnNextSteps(string outcome, string expected)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddSent);
        await ann.SendAsync("/followup 1 sent");

        await ann.SendAsync($"/outcome 1 {outcome}");

        Assert.Contains("Next steps:", ann.LastText, StringComparison.Ordinal);
        Assert.Contains(expected, ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outcome_NotSelected_AlsoSuggestsAskingForFeedbackAndClosesTheInterview()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddSent);

        await ann.SendAsync("/outcome");
        await ann.PressAsync("Not selected");
        var steps = ann.LastText;
        await ann.SendAsync("/interviews all");

        Assert.Contains("ask if they'd share feedback", steps, StringComparison.Ordinal);
        Assert.Contains("Stage: closed (not selected)", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outcome_Unknown_OffersTheChoices()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddSent);

        await ann.SendAsync("/outcome 1 it went sideways");

        Assert.Contains("\"it went sideways\" isn't one of the outcomes I know", ann.LastText, StringComparison.Ordinal);
        Assert.Equal(["Second interview", "They asked for more", "Paused", "Not selected", "Offer", "Accepted", "Declined", "Withdrew", "No reply after the follow-up"], ann.ButtonLabels());
    }

    [Theory]
    [InlineData("/decision 27 Nov", "Fri 27 Nov")]
    [InlineData("/decision 1 dec", "Tue 1 Dec")]
    [InlineData("/decision 1 27 Nov", "Fri 27 Nov")]
    public async Task Decision_DayStartingWithANumber_IsADayNotAnInterviewNumber(string command, string expected)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddSent);

        await ann.SendAsync(command);

        Assert.Contains($"Acme expects to decide by {expected}.", ann.LastText, StringComparison.Ordinal);
    }
}

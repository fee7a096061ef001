namespace InterviewCoachBot.Engine.Tests.Coaching;

/// <summary>Accepted, declined, withdrew and no reply: understood in own words, and closing the interview everywhere.</summary>
public sealed class ClosedOutcomeTests
{
    private const string AddAcme = "/interview Acme | Engineer | Dana | 2026-11-16 10:00 | email";
    private const string AddGlobex = "/interview Globex | Analyst | Sam | 2026-11-18 10:00 | email";

    [Theory]
    [InlineData("I accepted the offer", "Accepted")]
    [InlineData("took the job!", "Accepted")]
    [InlineData("I declined the offer", "Declined")]
    [InlineData("turned it down", "Declined")]
    [InlineData("I pulled out", "Withdrew")]
    [InlineData("they never replied to my follow-up", "No reply after the follow-up")]
    [InlineData("they declined me", "Not selected")]
    [InlineData("they accepted me", "Offer")]
    public async Task Outcome_InOwnWords_PicksTheOneMeant(string typed, string label)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/followup 1 sent");

        await ann.SendAsync($"/outcome 1 {typed}");

        Assert.Contains($"Recorded for #1 Acme: {label}.", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outcome_NoReply_AdvisesMovingOnNotAnotherMessage()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/followup 1 sent");

        bot.Time.Advance(TimeSpan.FromDays(8));
        await ann.SendAsync("/outcome 1 no_reply");

        var steps = ann.LastText;
        await ann.SendAsync("/interviews all");

        Assert.Contains("Don't send another message", steps, StringComparison.Ordinal);
        Assert.Contains("Move your search forward", steps, StringComparison.Ordinal);
        Assert.Contains("Stage: closed (no reply after the follow-up)", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outcome_NoReplyWithoutAFollowUp_SuggestsTheOneFollowUpFirstAndRecordsNothing()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);

        await ann.SendAsync("/outcome 1 they never answered");
        var answer = ann.LastText;
        var buttons = ann.ButtonLabels();
        await ann.SendAsync("/interviews");

        Assert.Contains("You haven't recorded a follow-up with Acme yet. One short follow-up is fine first", answer, StringComparison.Ordinal);
        Assert.Equal(["I followed up"], buttons);
        Assert.Contains("#1 Acme", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accepted", "closed (accepted)")]
    [InlineData("declined", "closed (declined)")]
    [InlineData("withdrew", "closed (withdrew)")]
    [InlineData("not_selected", "closed (not selected)")]
    public async Task Outcome_Closing_LeavesTheActiveListStopsRemindersAndShowsUnderAll(string outcome, string stage)
    {
        await using var bot = BotHarness.Start(); // Mon 23 Nov 2026
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync(AddGlobex);
        await ann.SendAsync("/nudges");
        Assert.Contains("#1 Acme: Check-in after two weeks", ann.LastText, StringComparison.Ordinal);

        await ann.SendAsync($"/outcome 1 {outcome}");
        await ann.SendAsync("/interviews");
        var active = ann.LastText;
        await ann.SendAsync("/interviews all");
        var all = ann.LastText;
        await ann.SendAsync("/nudges");

        Assert.Contains("Your interviews (1):", active, StringComparison.Ordinal);
        Assert.DoesNotContain("#1 Acme", active, StringComparison.Ordinal);
        Assert.Contains("#2 Globex", active, StringComparison.Ordinal);
        Assert.Contains("1 interview ended: /interviews all shows them", active, StringComparison.Ordinal);
        Assert.Contains("#1 Acme: Engineer", all, StringComparison.Ordinal);
        Assert.Contains($"Stage: {stage}", all, StringComparison.Ordinal);
        Assert.DoesNotContain("#1 Acme", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("#2 Globex", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interviews_AllClosed_SaysSoAndOffersTheFullList()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/outcome 1 withdrew");

        await ann.SendAsync("/interviews");

        Assert.Contains("You have no active interviews; 1 interview ended.", ann.LastText, StringComparison.Ordinal);
        Assert.Equal(["Show all", "Add an interview"], ann.ButtonLabels());
    }
}

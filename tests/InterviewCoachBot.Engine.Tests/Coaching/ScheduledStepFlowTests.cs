namespace InterviewCoachBot.Engine.Tests.Coaching;

public sealed class ScheduledStepFlowTests
{
    private const string AddAcme = "/interview Acme | Engineer | Dana | 2026-11-16 10:00 | email";

    [Fact]
    public async Task Call_ScheduledThroughTheWizard_ShowsWhenWithWhomAndTheEightPurposes()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann", "Europe/Berlin");
        await ann.SendAsync(AddAcme);

        await ann.SendAsync("/call");
        await ann.SendAsync("tomorrow 10:00");
        await ann.SendAsync("Sam Ortiz, recruiter");

        Assert.Contains("Your follow-up call with Sam Ortiz, recruiter from Acme is tomorrow 10:00.", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Follow-up call checklist (0/8 done):", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("8. Be prepared and on time", ann.LastText, StringComparison.Ordinal);
        await ann.SendAsync("/interviews");
        Assert.Contains("Stage: follow-up call scheduled", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Next deadline: tomorrow 10:00", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_NotesInEverySection_ComeBackAsOnePrepSheet()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/call 1 schedule");
        await ann.SendAsync("tomorrow 10:00");
        await ann.SendAsync("Sam");

        await ann.SendAsync("/call 1 note question How big is the team?");
        await ann.SendAsync("/call 1 note");
        await ann.PressAsync("Concerns to address");
        await ann.SendAsync("The two-year gap: I was caring for family");
        await ann.SendAsync("/call 1 note logistics Start date in March");
        await ann.SendAsync("/call 1 sheet");

        Assert.Contains("Questions to clarify:\n  - How big is the team?", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Concerns to address:\n  - The two-year gap: I was caring for family", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Logistics to settle:\n  - Start date in March", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_CheatSheet_ShowsOwnNotesAndEmptySectionsSayHowToFillThem()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/outcome 1 second_interview");
        await ann.PressAsync("Schedule the second interview");
        await ann.SendAsync("fri 14:00");

        await ann.SendAsync("/second 1 note story Migrated billing with zero downtime");
        await ann.SendAsync("/second 1 sheet");

        Assert.Contains("Cheat sheet: #1 Acme, Engineer", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Your second interview with Acme is Fri 27 Nov 14:00.", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Stories:\n  - Migrated billing with zero downtime", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("First-round topics:\n  (nothing yet: /second 1 note topic <text>)", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_AfterItTookPlace_TheThankYouNoteIsDueAgain()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/thankyou 1 sent");
        await ann.SendAsync("/second 1 schedule");
        await ann.SendAsync("tomorrow 10:00");

        bot.Time.Advance(TimeSpan.FromDays(1));
        await ann.SendAsync("/interviews");

        Assert.Contains("Stage: thank-you note", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("send your thank-you note by tomorrow 10:00", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checklist_TickedByButtonAndNumber_ShowsProgressThatSurvivesARestart()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/checklist 1 call");

        await ann.PressAsync("[ ] 1.");
        Assert.True(ann.LastReplies[0].ReplacesPressedMessage);
        await ann.SendAsync("/checklist 1 call 3");
        await ann.SendAsync("/checklist 1 call feedback");
        await bot.RestartAsync();
        await ann.SendAsync("/checklist 1 call 5");

        Assert.Contains("Follow-up call checklist for #1 Acme: 2/8 done", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("[x] 1. Clarify", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("[ ] 3. Ask for feedback", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("[x] 5. Confirm the next steps", ann.LastText, StringComparison.Ordinal);
        Assert.False(ann.LastReplies[0].ReplacesPressedMessage);
    }

    [Fact]
    public async Task Checklist_ItemOutOfRange_SaysWhichItemsExist()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);

        await ann.SendAsync("/checklist 1 second 99");

        Assert.Contains("The second interview checklist has items 1 to 12", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checklist_WithoutName_ListsAllThreeWithProgress()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/checklist 1 thankyou 1");

        await ann.SendAsync("/checklist");

        Assert.Contains("Thank-you note: 1/7 done", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Follow-up call: 0/8 done", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Second interview: 0/12 done", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_WithSeveralInterviews_AsksWhichAndKeepsTheRestOfTheCommand()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/interview Globex | Analyst | Sam | 2026-11-18 10:00 | phone");

        await ann.SendAsync("/call note question Remote days?");
        await ann.PressAsync("#2 Globex");
        await ann.SendAsync("/call 2 sheet");

        Assert.Contains("Questions to clarify:\n  - Remote days?", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_NoteWithoutSection_KeepsTheTextAndAsksOnlyForTheSection()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);

        await ann.SendAsync("/call 1 note What is the team size?");
        await ann.PressAsync("Questions to clarify");
        await ann.SendAsync("/call 1 sheet");

        Assert.Contains("Questions to clarify:\n  - What is the team size?", ann.LastText, StringComparison.Ordinal);
    }
}

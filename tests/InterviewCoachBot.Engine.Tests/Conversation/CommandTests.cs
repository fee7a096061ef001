using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Tests.Conversation;

public sealed class CommandTests
{
    private const string AddAcme = "/interview Acme | Backend Engineer | Dana | 2026-11-20 10:00 | email";

    [Fact]
    public async Task Help_ListsEveryCommandAndTheUsersZone()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann", "Asia/Kolkata");

        await ann.SendAsync("/start");

        foreach (var verb in new[] { "/interview", "/interviews", "/edit", "/delete", "/timezone", "/cancel", "/forget" })
        {
            Assert.Contains(verb, ann.LastText, StringComparison.Ordinal);
        }

        Assert.Contains("Asia/Kolkata (UTC+05:30)", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_CloseToAKnownOne_SuggestsIt()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/intervew");

        Assert.Contains("Did you mean /interview?", ann.LastText, StringComparison.Ordinal);
        await ann.PressAsync("/interview");
        Assert.Contains("Which company", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_NothingClose_PointsToHelp()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/xyzzyplugh");

        Assert.Contains("I don't know the command /xyzzyplugh. Send /help", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how do I change my time zone?", "/timezone")]
    [InlineData("I need to fix the date of my interview", "/edit")]
    [InlineData("hello there", "/interview")]
    public async Task FreeText_OutsideWizard_PointsToTheRightCommand(string text, string expected)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync(text);

        Assert.Contains(expected, ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BareCommandWord_OutsideWizard_RunsTheCommand()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);

        await ann.SendAsync("interviews");

        Assert.Contains("Your interviews (1):", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interviews_ShowsEachWithStageAndNextStep()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/interview Globex | Data Analyst | Sam | tomorrow 10:00 | video");

        await ann.SendAsync("/interviews");

        Assert.Contains("#1 Acme: Backend Engineer", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("#2 Globex: Data Analyst", ann.LastText, StringComparison.Ordinal);
        Assert.Equal(2, ann.LastText.Split("Stage:").Length - 1);
        Assert.Equal(2, ann.LastText.Split("Next:").Length - 1);
    }

    [Fact]
    public async Task Edit_FieldAndValueOnOneLine_ChangesIt()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);

        await ann.SendAsync("/edit 1 role Staff Engineer");

        Assert.Contains("Changed the role of #1.", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("#1 Acme: Staff Engineer", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ThroughButtons_ShowsCurrentValueThenChangesIt()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);

        await ann.SendAsync("/edit");
        await ann.PressAsync("Channel");
        Assert.Contains("The channel of #1 is now: email", ann.LastText, StringComparison.Ordinal);
        await ann.PressAsync("Phone");

        Assert.Contains("(phone) with Dana", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_InvalidNewDate_KeepsOldValueAndReprompts()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);

        await ann.SendAsync("/edit 1 when someday");
        await ann.SendAsync("/cancel");
        await ann.SendAsync("/interviews");

        Assert.Contains("Fri 20 Nov 10:00", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_Confirmed_RemovesOnlyThatInterview()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/interview Globex | Analyst | Sam | tomorrow 10:00 | video");

        await ann.SendAsync("/delete 1");
        await ann.PressAsync("Yes, delete it");
        await ann.SendAsync("/interviews");

        Assert.DoesNotContain("Acme", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("#2 Globex", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_Declined_KeepsTheInterview()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);

        await ann.SendAsync("/delete 1");
        await ann.SendAsync("no");
        await ann.SendAsync("/interviews");

        Assert.Contains("#1 Acme", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WithoutNumberAndSeveralInterviews_AsksWhichOne()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/interview Globex | Analyst | Sam | tomorrow 10:00 | video");

        await ann.SendAsync("/delete");

        Assert.Equal(["#1 Acme", "#2 Globex"], ann.ButtonLabels());
    }

    [Fact]
    public async Task TimeZone_Misspelled_OffersChoicesAndAppliesThePick()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/timezone Amsterdm");
        Assert.StartsWith("Europe/Amsterdam", ann.ButtonLabels()[0], StringComparison.Ordinal);
        await ann.PressAsync("Europe/Amsterdam");

        Assert.Contains("Your time zone is now Europe/Amsterdam", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Mon 23 Nov 13:00", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeZone_Changed_ShowsStoredTimesInTheNewZone()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);

        await ann.SendAsync("/timezone New York");
        await ann.SendAsync("/interviews");

        Assert.Contains("Fri 20 Nov 05:00", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeZone_Nonsense_ExplainsAndKeepsAsking()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/timezone qqqqqqqq");
        await ann.SendAsync("Tokyo");

        Assert.Contains("Your time zone is now Asia/Tokyo", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("Berlin\uFFFF")]
    [InlineData("\uD800 Tokyo")]
    public async Task TimeZone_NonCharacterOrLoneSurrogate_IsAnsweredNotThrown(string place)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/timezone " + place);

        Assert.NotEmpty(ann.LastText);
    }

    [Fact]
    public async Task Forget_Confirmed_DeletesEverythingOfThatUserOnly()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann", "Europe/Berlin");
        var bob = await bot.UserAsync("bob");
        await ann.SendAsync(AddAcme);
        await bob.SendAsync("/interview Globex | Analyst | Sam | tomorrow 10:00 | video");

        await ann.SendAsync("/forget");
        await ann.PressAsync("Yes, delete everything");
        Assert.Contains("Done: I deleted", ann.LastText, StringComparison.Ordinal);
        await ann.SendAsync("/interviews");
        var annAfter = ann.LastText;
        await ann.SendAsync("/timezone");
        await bob.SendAsync("/interviews");

        Assert.Contains("You haven't added an interview yet", annAfter, StringComparison.Ordinal);
        Assert.Contains("Etc/UTC", ann.LastText.Replace("Your time zone is UTC", "Etc/UTC", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("#1 Globex", bob.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_UpdatesRedeliveredAfterwards_ApplyNothingAgain()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        var (verb, arguments) = CommandLine.Split(AddAcme);
        await ann.DeliverAsync(new CommandInput(verb, arguments), "ann:add");
        await ann.DeliverAsync(new CommandInput("forget", string.Empty), "ann:forget");
        await ann.DeliverAsync(new ButtonInput(ButtonData.Answer("yes")), "ann:yes");

        // The platform sends the same three updates again, as Telegram does when its offset was not confirmed.
        var replayed = new List<Reply>();
        replayed.AddRange(await ann.DeliverAsync(new CommandInput(verb, arguments), "ann:add"));
        replayed.AddRange(await ann.DeliverAsync(new CommandInput("forget", string.Empty), "ann:forget"));
        replayed.AddRange(await ann.DeliverAsync(new ButtonInput(ButtonData.Answer("yes")), "ann:yes"));
        await ann.SendAsync("/interviews");

        Assert.Empty(replayed);
        Assert.Contains("You haven't added an interview yet", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_Declined_KeepsEverything()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);

        await ann.SendAsync("/forget");
        await ann.PressAsync("No, keep my data");
        await ann.SendAsync("/interviews");

        Assert.Contains("#1 Acme", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherUsersNumber_EditOrDelete_IsNotFoundAndChangesNothing()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        var bob = await bot.UserAsync("bob");
        await ann.SendAsync(AddAcme);

        await bob.SendAsync("/edit 1 company Hacked");
        var edit = bob.LastText;
        await bob.PressDataAsync("/delete 1");
        var delete = bob.LastText;
        await ann.SendAsync("/interviews");

        Assert.Contains("You have no interview #1", edit, StringComparison.Ordinal);
        Assert.Contains("You have no interview #1", delete, StringComparison.Ordinal);
        Assert.Contains("#1 Acme: Backend Engineer", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("tk:1:2")]
    [InlineData("")]
    public async Task TamperedButtonData_IsRefusedPolitely(string data)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.PressDataAsync(data);

        Assert.Contains("That button isn't one I can use any more", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugeText_IsRefusedAndTheWizardStaysWhereItWas()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview");

        await ann.SendAsync(new string('a', 100_000));
        var refused = ann.LastText;
        await ann.SendAsync("Acme");

        Assert.Contains("longer than I can read", refused, StringComparison.Ordinal);
        Assert.Contains("step 2 of 5", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameUpdateDeliveredTwice_IsAppliedOnce()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        var add = new CommandInput("interview", "Acme | Engineer | Dana | today 09:00 | email");

        var first = await ann.DeliverAsync(add, "update-42");
        var second = await ann.DeliverAsync(add, "update-42");
        await ann.SendAsync("/interviews");

        Assert.NotEmpty(first);
        Assert.Empty(second);
        Assert.Contains("Your interviews (1):", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_InterviewDeletedFromAnotherChatMeanwhile_WizardClosesWithExplanation()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        var annElsewhere = ann.InChat("second-device");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/edit 1");

        await annElsewhere.SendAsync("/delete 1");
        await annElsewhere.SendAsync("yes");
        await ann.SendAsync("role");
        var answer = ann.LastText;
        await ann.SendAsync("Staff Engineer");

        Assert.Contains("Interview #1 no longer exists, so there's nothing to change.", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed", ann.LastText, StringComparison.Ordinal);
    }
}

namespace InterviewCoachBot.Engine.Tests.Conversation;

/// <summary>A number that names none of the user's interviews is never taken as "the only one you have".</summary>
public sealed class InterviewNumberTests
{
    private const string AddAcme = "/interview Acme | Backend Engineer | Dana | 2026-11-20 10:00 | email";

    [Theory]
    [InlineData("/delete 99999999999", "#99999999999")]
    [InlineData("/delete -1", "#-1")]
    [InlineData("/delete 0", "#0")]
    [InlineData("/delete #7", "#7")]
    [InlineData("/edit 99999999999", "#99999999999")]
    [InlineData("/edit 99999999999 company Hooli", "#99999999999")]
    [InlineData("/thankyou 4", "#4")]
    public async Task NumberOfNoInterview_IsNamedAndNothingOpensOrChanges(string command, string shown)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);

        await ann.SendAsync(command);
        var reply = ann.LastText;
        await ann.SendAsync("/interviews");

        Assert.Contains($"You have no interview {shown}. Yours: #1 Acme", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Delete", reply, StringComparison.Ordinal);
        Assert.Contains("#1 Acme", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Hooli", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NumberOfNoInterview_OffersTheUsersInterviewsAsButtons()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddAcme);
        await ann.SendAsync("/interview Hooli | Designer | Sam | 2026-11-21 10:00 | email");

        await ann.SendAsync("/thankyou 12");
        await ann.PressAsync("#2 Hooli");

        Assert.Contains("Hooli", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("You have no interview", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NumberWithNoInterviewsAtAll_SaysHowToAddOne()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/delete 3");

        Assert.Contains("You have no interview #3: you haven't added one yet", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickerWithTwelveInterviews_OffersTheTenNewestAndSaysHowToReachTheOlderOnes()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        for (var i = 1; i <= 12; i++)
        {
            await ann.SendAsync($"/interview Company{i} | Engineer | Dana | 2026-11-20 10:00 | email");
        }

        await ann.SendAsync("/thankyou");
        var labels = ann.ButtonLabels();
        var question = ann.LastText;
        await ann.SendAsync("/thankyou 1");

        Assert.Equal(10, labels.Count);
        Assert.Equal("#3 Company3", labels[0]);
        Assert.Contains("The buttons show your 10 newest; for an older one send /thankyou with its number, e.g. /thankyou 1.", question, StringComparison.Ordinal);
        Assert.Contains("Thank-you note for #1 Company1", ann.LastText, StringComparison.Ordinal);
    }
}

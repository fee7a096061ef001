namespace InterviewCoachBot.Engine.Tests.Coaching;

/// <summary>The thank-you draft reads naturally whatever the candidate typed, and is signed when the platform knows their name.</summary>
public sealed class ThankYouDraftWordingTests
{
    private const string AddEmail = "/interview Acme | Engineer | Dana | today 09:00 | email";

    [Theory]
    [InlineData("our conversation about the roadmap")]
    [InlineData("The roadmap.")]
    [InlineData("I especially enjoyed our chat about the roadmap")]
    public async Task Draft_TopicWithItsOwnLeadIn_IsNotSaidTwice(string topic)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddEmail);

        await ann.SendAsync("/thankyou 1 draft");
        await ann.SendAsync(topic);
        await ann.SendAsync("I've led two migrations like this one");

        Assert.Contains("I especially enjoyed our conversation about the roadmap.", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_Point_IsLedInByTheSentenceBefore()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddEmail);

        await ann.SendAsync("/thankyou 1 draft");
        await ann.SendAsync("the roadmap");
        await ann.SendAsync("I've led two migrations like this one");

        Assert.Contains(
            "It left me even more enthusiastic about the work. One thing I'd like to add: I've led two migrations like this one.",
            ann.LastText,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_NameUnknown_KeepsAPlaceholderAndSaysToFillItIn()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync(AddEmail);

        await ann.SendAsync("/thankyou 1 draft");
        await ann.SendAsync("the roadmap");
        await ann.SendAsync("I care about code review");

        Assert.Contains("put your name where it says [your name]", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Kind regards,\n[your name]", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_PlatformGivesADisplayName_SignsWithIt()
    {
        await using var bot = BotHarness.Start();
        var ann = new ChatUser(bot, "ann") { DisplayName = "Ann\u200b Lee" };
        await ann.SendAsync(AddEmail);

        await ann.SendAsync("/thankyou 1 draft");
        await ann.SendAsync("the roadmap");
        await ann.SendAsync("I care about code review");

        Assert.Contains("Kind regards,\nAnn Lee", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("[your name]", ann.LastText, StringComparison.Ordinal);
    }
}

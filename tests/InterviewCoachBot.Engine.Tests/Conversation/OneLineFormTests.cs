namespace InterviewCoachBot.Engine.Tests.Conversation;

/// <summary>"/interview a | b | c | d | e": each part lands in its own field, whatever the user typed inside it.</summary>
public sealed class OneLineFormTests
{
    [Fact]
    public async Task EmptyParts_KeepTheirPlace_AndTheWizardAsksForThem()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/interview Hooli | | | 2026-11-20 15:00");
        var asked = ann.LastText;
        await ann.SendAsync("Designer");
        await ann.SendAsync("Sam");
        await ann.PressAsync("Video");

        Assert.Contains("What's the role?", asked, StringComparison.Ordinal);
        Assert.Contains("#1 Hooli: Designer", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Fri 20 Nov 15:00 (video call) with Sam", ann.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("O;Brien & Sons")]
    [InlineData("AT&amp;T")]
    [InlineData("Smith, Jones; Partners")]
    public async Task OnlyThePipeSeparates(string company)
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync($"/interview {company} | Engineer | Dana | 2026-11-20 10:00 | email");

        Assert.Contains($"#1 {company}: Engineer", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MorePartsThanFields_IsRefusedByName_AndNothingIsSaved()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-11-20 10:00 | email | bring snacks");
        var reply = ann.LastText;
        await ann.SendAsync("/interviews");

        Assert.Contains("That's 6 parts, but /interview takes at most 5", reply, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamedPartsStillWork_BesidePositionalOnes()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SendAsync("/interview Acme | when: 2026-11-20 10:00 | Engineer | Dana | phone");

        Assert.Contains("#1 Acme: Engineer", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Fri 20 Nov 10:00 (phone) with Dana", ann.LastText, StringComparison.Ordinal);
    }
}

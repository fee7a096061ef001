namespace InterviewCoachBot.Engine.Tests.Coaching;

/// <summary>
/// A time typed for the night the clocks change (Europe/Berlin: 29 Mar 2026 02:00-03:00 does not exist, 25 Oct 2026
/// 02:00-03:00 happens twice) is asked again wherever a date is typed, not only in the /interview wizard.
/// </summary>
public sealed class DaylightSavingRepromptTests
{
    private static readonly DateTimeOffset BeforeClocksGoBack = new(2026, 10, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BeforeClocksGoForward = new(2026, 3, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Edit_WhenHappensTwice_AsksWhichOneAndSavesThePick()
    {
        await using var bot = BotHarness.Start(BeforeClocksGoBack);
        var ann = await AnnWithInterviewAsync(bot, "2026-10-16 10:00");

        await ann.SendAsync("/edit 1 when 25 Oct 02:30");
        var asked = ann.LastText;
        await ann.PressAsync("02:30, second time");

        Assert.Contains("02:30 happens twice on Sun 25 Oct in Europe/Berlin", asked, StringComparison.Ordinal);
        Assert.Contains("Sun 25 Oct 01:30", await InUtcAsync(ann, "/interviews"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_WhenDoesNotExist_SaysWhyAndKeepsTheOldDate()
    {
        await using var bot = BotHarness.Start(BeforeClocksGoForward);
        var ann = await AnnWithInterviewAsync(bot, "2026-03-20 10:00");

        await ann.SendAsync("/edit 1 when 29 Mar 02:30");
        var answer = ann.LastText;

        Assert.Contains("02:30 does not exist on Sun 29 Mar in Europe/Berlin", answer, StringComparison.Ordinal);
        await ann.SendAsync("/cancel");
        Assert.Contains("Fri 20 Mar 09:00", await InUtcAsync(ann, "/interviews"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/call 1 schedule", "Sam")]
    [InlineData("/second 1 schedule", null)]
    public async Task Schedule_TimeHappensTwice_AsksWhichOneAndKeepsThePick(string command, string? withWhom)
    {
        await using var bot = BotHarness.Start(BeforeClocksGoBack);
        var ann = await AnnWithInterviewAsync(bot, "2026-10-16 10:00");

        await ann.SendAsync(command);
        await ann.SendAsync("25 Oct 02:30");
        var asked = ann.LastText;
        await ann.PressAsync("02:30, first time");
        await AnswerIfAskedAsync(ann, withWhom);

        Assert.Contains("02:30 happens twice on Sun 25 Oct in Europe/Berlin", asked, StringComparison.Ordinal);
        Assert.Contains("Sun 25 Oct 00:30", await InUtcAsync(ann, command.Replace(" schedule", string.Empty, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/call 1 schedule", "Sam")]
    [InlineData("/second 1 schedule", null)]
    public async Task Schedule_TimeDoesNotExist_SaysWhyAndAsksAgain(string command, string? withWhom)
    {
        await using var bot = BotHarness.Start(BeforeClocksGoForward);
        var ann = await AnnWithInterviewAsync(bot, "2026-03-20 10:00");

        await ann.SendAsync(command);
        await ann.SendAsync("29 Mar 02:30");
        var answer = ann.LastText;
        await ann.SendAsync("29 Mar 03:30");
        await AnswerIfAskedAsync(ann, withWhom);

        Assert.Contains("02:30 does not exist on Sun 29 Mar in Europe/Berlin", answer, StringComparison.Ordinal);
        Assert.Contains("Sun 29 Mar 01:30", await InUtcAsync(ann, command.Replace(" schedule", string.Empty, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private static async Task<ChatUser> AnnWithInterviewAsync(BotHarness bot, string when)
    {
        var ann = await bot.UserAsync("ann", "Europe/Berlin");
        await ann.SendAsync($"/interview Acme | Engineer | Dana | {when} | email");
        return ann;
    }

    /// <summary>A call asks with whom after the time; a second interview asks nothing more.</summary>
    private static async Task AnswerIfAskedAsync(ChatUser ann, string? withWhom)
    {
        if (withWhom is not null)
        {
            await ann.SendAsync(withWhom);
        }
    }

    private static async Task<string> InUtcAsync(ChatUser ann, string command)
    {
        await ann.SendAsync("/timezone UTC");
        await ann.SendAsync(command);
        return ann.LastText;
    }
}

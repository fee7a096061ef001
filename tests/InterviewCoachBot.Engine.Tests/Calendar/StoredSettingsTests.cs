using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Engine.Time;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Engine.Tests.Calendar;

/// <summary>The working days and name a user keeps in their settings are stored, survive a restart, and are used.</summary>
public sealed class StoredSettingsTests
{
    /// <summary>Thursday 3 Dec 2026, 12:00 UTC (the user's zone).</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task StoredSundayToThursday_FollowUpAndCheckInOnSunday_AfterARestart()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-12-01 10:00 | email");
        await ChangeStoredAsync(bot, "ann", (users, id, token) => users.SetWorkingDaysAsync(id, WorkingDays.FromStored("sun,mon,tue,wed,thu"), token));
        await bot.RestartAsync();

        await ann.SendAsync("/decision 1 friday");
        var noted = ann.LastText;
        await ann.SendAsync("/nudges");

        Assert.Contains("If you haven't heard by Sun 6 Dec, that's the day", noted, StringComparison.Ordinal);
        Assert.Contains("Sun 6 Dec 09:00  #1 Acme: Decision check-in", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoredMondayToSaturday_CheckInAWeekAfterASaturdayInterview_StaysOnSaturday()
    {
        await using var bot = BotHarness.Start(Thursday);
        var ann = await bot.UserAsync("ann");
        await ann.SendAsync("/help");
        await ChangeStoredAsync(bot, "ann", (users, id, token) => users.SetWorkingDaysAsync(id, WorkingDays.FromStored("mon,tue,wed,thu,fri,sat"), token));

        await ann.SendAsync("/interview Acme | Engineer | Dana | 2026-11-28 10:00 | email");
        await ann.SendAsync("/nudges");

        Assert.Contains("Sat 5 Dec 09:00  #1 Acme: Check-in after a week", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoredName_SignsTheDraftBeforeThePlatformName()
    {
        await using var bot = BotHarness.Start();
        var ann = new ChatUser(bot, "ann") { DisplayName = "annie_99" };
        await ann.SendAsync("/interview Acme | Engineer | Dana | today 09:00 | email");
        await ChangeStoredAsync(bot, "ann", (users, id, token) => users.SetNameAsync(id, "Ann Lee", token));

        await ann.SendAsync("/thankyou 1 draft");
        await ann.SendAsync("the roadmap");
        await ann.SendAsync("I care about code review");

        Assert.Contains("Kind regards,\nAnn Lee", ann.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("annie_99", ann.LastText, StringComparison.Ordinal);
    }

    /// <summary>Changes a stored setting directly, as a later version or another chat of the same user would have.</summary>
    private static async Task ChangeStoredAsync(BotHarness bot, string name, Func<IUserStore, long, CancellationToken, Task> change)
    {
        var token = TestContext.Current.CancellationToken;
        await using var transaction = await bot.Services.GetRequiredService<IBotStore>().BeginAsync(token);
        var user = await transaction.Users.FindAsync(new UserRef(ChatUser.Platform, name), token)
            ?? throw new InvalidOperationException($"{name} has not written yet.");
        await change(transaction.Users, user.Id, token);
        await transaction.CommitAsync(token);
    }
}

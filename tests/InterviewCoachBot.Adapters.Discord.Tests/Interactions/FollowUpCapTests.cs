using InterviewCoachBot.Adapters.Discord.Interactions;
using InterviewCoachBot.Emulators.Discord;

namespace InterviewCoachBot.Adapters.Discord.Tests.Interactions;

/// <summary>Answers needing more than the 5 follow-ups Discord allows a user-installed app where it is not installed.</summary>
public sealed class FollowUpCapTests
{
    private const int Interviews = 60;

    [Fact]
    public async Task LongAnswerInAUserInstallOnlyDm_TheTailGoesToTheDmAndNothingIsLost()
    {
        await using var discord = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { ["RateLimit:Burst"] = "100", ["RateLimit:MessagesPerMinute"] = "1000" });
        await discord.WaitForSessionAsync();
        var companies = Enumerable.Range(1, Interviews).Select(i => $"Company{i:D2}" + new string('x', 100)).ToList();
        foreach (var company in companies)
        {
            var add = await discord.Emulator.SendSlashCommandAsync(
                TestUsers.Alice, "interview", new Dictionary<string, object?> { ["details"] = $"{company} | {new string('r', 110)} | Dana | yesterday 15:00 | email" });
            await add.WaitForResponseAsync(r => InteractionTests.Shown(r).Length > 0, DiscordHarness.Wait);
        }

        var list = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "interviews", new Dictionary<string, object?>());
        var response = await list.WaitForResponseAsync(r => r.FollowUps.Count == Interaction.UserInstallFollowUps, DiscordHarness.Wait);
        var tail = await discord.Emulator.WaitForDirectMessageAsync(
            TestUsers.Alice.Id, m => m.Origin == MessageOrigin.ChannelMessage && m.Content.Contains($"Company{Interviews:D2}", StringComparison.Ordinal), DiscordHarness.Wait);

        var shown = InteractionTests.Shown(response) + "\n" + string.Join("\n", discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id)
            .Where(m => m.Origin == MessageOrigin.ChannelMessage).Select(m => m.Content));
        Assert.All(Enumerable.Range(1, Interviews), i => Assert.Contains($"Company{i:D2}", shown, StringComparison.Ordinal));
        Assert.DoesNotContain(discord.Emulator.RestRequests, r => r.StatusCode == 400);
        Assert.Equal(0, tail.Flags & 64);
    }
}

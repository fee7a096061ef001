using System.Globalization;
using InterviewCoachBot.Emulators.Discord;

namespace InterviewCoachBot.Adapters.Discord.Tests.Interactions;

/// <summary>
/// The per-user rate limit on Discord: a flood of interactions is acknowledged within the 3-second window, the excess
/// deferred and answered in its turn through the interaction token, each applied once, also across a restart.
/// </summary>
public sealed class InteractionFloodTests
{
    private const int Flood = 20;

    [Fact]
    public async Task Flood_OfSlashCommands_AllAcknowledgedInTimeAndAppliedOnceWithOneNote()
    {
        await using var discord = await StartedAsync(messagesPerMinute: 600);

        var handles = await SendFloodAsync(discord);
        var responses = await Task.WhenAll(handles.Select(handle => handle.WaitForResponseAsync(IsSaved, DiscordHarness.Wait)));

        Assert.All(responses, response => Assert.InRange(response.AckLatency, TimeSpan.Zero, TimeSpan.FromSeconds(3)));
        Assert.Contains(responses, response => response.CallbackType == 5);
        Assert.Equal(Enumerable.Range(1, Flood), responses.Select(Number).Order());
        Assert.Single(responses.SelectMany(response => response.FollowUps), message => message.Content.Contains("faster than I can take them in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restart_MidFlood_DeferredInteractionsAnsweredAfterTheRestart()
    {
        await using var discord = await StartedAsync(messagesPerMinute: 120);
        var handles = await SendFloodAsync(discord);
        await Task.WhenAll(handles.Select(handle => handle.WaitForResponseAsync(DiscordHarness.Wait)));

        await discord.RestartBotAsync();
        var answeredBeforeRestart = handles.Count(handle => handle.CurrentResponse is { } response && IsSaved(response));
        var responses = await Task.WhenAll(handles.Select(handle => handle.WaitForResponseAsync(IsSaved, TimeSpan.FromSeconds(60))));

        Assert.InRange(answeredBeforeRestart, 1, Flood - 1);
        Assert.Equal(Enumerable.Range(1, Flood), responses.Select(Number).Order());
    }

    private static async Task<DiscordHarness> StartedAsync(int messagesPerMinute)
    {
        var discord = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["RateLimit:Burst"] = "5",
            ["RateLimit:MessagesPerMinute"] = messagesPerMinute.ToString(CultureInfo.InvariantCulture),
        });
        await discord.WaitForSessionAsync();
        return discord;
    }

    private static async Task<List<InteractionHandle>> SendFloodAsync(DiscordHarness discord)
    {
        List<InteractionHandle> handles = [];
        for (var i = 1; i <= Flood; i++)
        {
            handles.Add(await discord.Emulator.SendSlashCommandAsync(
                TestUsers.Alice,
                "interview",
                new Dictionary<string, object?> { ["details"] = $"C{i:D3} | Dev | Dana | tomorrow 10:00 | email" },
                guildId: TestUsers.Guild));
        }

        return handles;
    }

    private static bool IsSaved(InteractionResponse response) =>
        response.Original?.Content.StartsWith("Saved interview #", StringComparison.Ordinal) == true;

    private static int Number(InteractionResponse response)
    {
        var text = response.Original!.Content;
        var start = "Saved interview #".Length;
        return int.Parse(text.AsSpan(start, text.IndexOf('.', start) - start), CultureInfo.InvariantCulture);
    }
}

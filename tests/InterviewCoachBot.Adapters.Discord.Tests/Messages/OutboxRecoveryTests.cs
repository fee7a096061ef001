using InterviewCoachBot.Engine;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Adapters.Discord.Tests.Messages;

/// <summary>Replies committed but never shown (a crash before the answer) at the next start.</summary>
public sealed class OutboxRecoveryTests
{
    [Fact]
    public async Task Start_LeftoverReplies_DmOnesArePostedOnceAndGuildOnesDropped()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.WaitForSessionAsync();
        var dm = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "help", new Dictionary<string, object?>());
        await dm.WaitForResponseAsync(r => r.Original is { Content.Length: > 0 }, DiscordHarness.Wait);
        var dmChannel = discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id)[0].ChannelId;
        var engine = discord.Bot!.Services.GetRequiredService<ConversationEngine>();
        var alice = new UserRef(DiscordPlatform.Name, TestUsers.Alice.Id);
        await engine.HandleAsync(new Inbound(alice, dmChannel, new CommandInput("interviews", string.Empty), "crashed-1"), TestContext.Current.CancellationToken);
        await engine.HandleAsync(new Inbound(alice, "777", new CommandInput("interviews", string.Empty), "crashed-2"), TestContext.Current.CancellationToken);

        await discord.RestartBotAsync();
        var log = discord.Bot!.Services.GetRequiredService<IDeliveryLog>();
        await Gateway.Eventually.HoldsAsync(
            () => log.ListUndeliveredAsync(DiscordPlatform.Name, TestContext.Current.CancellationToken).GetAwaiter().GetResult().Count == 0,
            what: "the leftovers to be handled");
        await discord.RestartBotAsync();
        await Gateway.Eventually.HoldsAsync(() => discord.GatewayMetrics.Resumed >= 1, what: "the restarted bot to resume");

        var leftovers = await discord.Bot!.Services.GetRequiredService<IDeliveryLog>().ListUndeliveredAsync(DiscordPlatform.Name, TestContext.Current.CancellationToken);
        Assert.Empty(leftovers);
        // A retry after a slow answer may post again, but always with the same enforced nonce: one message results.
        var posts = discord.Emulator.RestRequests.Where(r => r.RouteKey == "POST /channels/{channel_id}/messages").ToList();
        var nonce = posts[0].Body!.Value.GetProperty("nonce").GetString();
        Assert.StartsWith("ob", nonce, StringComparison.Ordinal);
        Assert.All(posts, post => Assert.Equal(nonce, post.Body!.Value.GetProperty("nonce").GetString()));
        Assert.All(posts, post => Assert.True(post.Body!.Value.GetProperty("enforce_nonce").GetBoolean()));
        Assert.DoesNotContain(discord.Emulator.RestRequests, r => r.Path.Contains("/777/", StringComparison.Ordinal));
        Assert.Single(discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id), m => m.Content.Contains("haven't added", StringComparison.Ordinal));
    }
}

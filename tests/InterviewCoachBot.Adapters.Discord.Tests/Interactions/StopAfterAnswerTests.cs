using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace InterviewCoachBot.Adapters.Discord.Tests.Interactions;

/// <summary>A stop that arrives between Discord accepting an answer and the bot recording it.</summary>
public sealed class StopAfterAnswerTests
{
    [Fact]
    public async Task Stop_RightAfterDiscordAcceptedTheAnswer_AnswerIsNotPostedAgainAtTheNextStart()
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var discord = await DiscordHarness.StartAsync(configure: services => services.Replace(ServiceDescriptor.Singleton<IDeliveryLog>(
            provider => new GatedDeliveryLog(new SqliteDeliveryLog(provider.GetRequiredService<SqliteDatabase>()), reached, gate.Task))));
        await discord.WaitForSessionAsync();

        var help = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "help", new Dictionary<string, object?>());
        await help.WaitForResponseAsync(r => r.Original is { Content.Length: > 0 }, DiscordHarness.Wait);
        await reached.Task.WaitAsync(DiscordHarness.Wait, TestContext.Current.CancellationToken);
        discord.Bot!.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        gate.SetResult();
        await discord.RestartBotAsync();
        await Gateway.Eventually.HoldsAsync(() => discord.GatewayMetrics.Resumed + discord.GatewayMetrics.Readies >= 1, what: "the restarted bot to pass its leftovers and connect");

        Assert.Empty(await discord.Bot!.Services.GetRequiredService<IDeliveryLog>().ListUndeliveredAsync(DiscordPlatform.Name, TestContext.Current.CancellationToken));
        Assert.Single(discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id), m => m.Content.Contains("/interview", StringComparison.Ordinal));
        Assert.DoesNotContain(discord.Emulator.RestRequests, r => r.RouteKey == "POST /channels/{channel_id}/messages");
    }
}

using System.Text.Json;
using InterviewCoachBot.Engine.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Adapters.Discord.Tests;

/// <summary>Slash-command registration: one bulk overwrite, only when the definition changed.</summary>
public sealed class CommandRegistrationTests
{
    [Fact]
    public async Task Start_Fresh_RegistersEveryVerbInOneBulkOverwrite()
    {
        await using var discord = await DiscordHarness.StartAsync();

        await discord.Emulator.WaitForRequestAsync(r => r.RouteKey == "PUT /applications/{application_id}/commands", DiscordHarness.Wait);

        Assert.Equal(1, discord.Emulator.BulkOverwriteCount);
        var commands = discord.Emulator.RegisteredCommands.ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Contains("interview", commands.Keys);
        Assert.Contains("forget", commands.Keys);
        Assert.All(commands.Values, c =>
        {
            Assert.Equal([0, 1, 2], c.GetProperty("contexts").EnumerateArray().Select(e => e.GetInt32()));
            Assert.Equal([0, 1], c.GetProperty("integration_types").EnumerateArray().Select(e => e.GetInt32()));
        });
        Assert.Equal(["interview", "details"], OptionNames(commands["edit"]));
        Assert.Equal(["interview"], OptionNames(commands["delete"]));
        Assert.Equal(["details"], OptionNames(commands["interview"]));
        Assert.Empty(OptionNames(commands["help"]));
        Assert.True(commands["timezone"].GetProperty("options")[0].GetProperty("autocomplete").GetBoolean());
    }

    [Fact]
    public async Task Restart_Unchanged_DoesNotRegisterAgain()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.WaitForSessionAsync();

        await discord.RestartBotAsync();
        await discord.Emulator.WaitForGatewayAsync(s => s.SuccessfulResumes == 1, DiscordHarness.Wait);

        Assert.Equal(1, discord.Emulator.BulkOverwriteCount);
    }

    [Fact]
    public async Task Start_CommandWithoutSummary_StillRegistersEveryCommand()
    {
        // Discord wants a 1-100 character description; one empty one fails the whole bulk overwrite with 50035.
        await using var discord = await DiscordHarness.StartAsync(configure: services => services.AddSingleton<ICommand>(new UndescribedCommand()));

        await discord.Emulator.WaitForRequestAsync(r => r.RouteKey == "PUT /applications/{application_id}/commands", DiscordHarness.Wait);
        await Gateway.Eventually.HoldsAsync(() => discord.Emulator.BulkOverwriteCount == 1, what: "the overwrite to be accepted");

        var undescribed = discord.Emulator.RegisteredCommands.Single(c => c.GetProperty("name").GetString() == "undescribed");
        Assert.NotEqual(string.Empty, undescribed.GetProperty("description").GetString()!.Trim());
    }

    private static List<string> OptionNames(JsonElement command) =>
        command.TryGetProperty("options", out var options) ? [.. options.EnumerateArray().Select(o => o.GetProperty("name").GetString()!)] : [];

    private sealed class UndescribedCommand : ICommand
    {
        public CommandInfo Info { get; } = new("undescribed", " ", "/undescribed");

        public Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

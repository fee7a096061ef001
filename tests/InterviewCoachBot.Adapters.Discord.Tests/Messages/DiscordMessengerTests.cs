using System.Text;
using System.Text.Json;
using InterviewCoachBot.Emulators.Discord;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Adapters.Discord.Tests.Messages;

/// <summary>DMs through <see cref="IMessenger"/> and the REST client's limits, against the emulator.</summary>
public sealed class DiscordMessengerTests
{
    private const string MessagesRoute = "POST /channels/{channel_id}/messages";

    [Fact]
    public async Task SendDirectAsync_TwoMessages_OpensTheDmOnceAndDeliversBoth()
    {
        await using var discord = await DiscordHarness.StartAsync();
        var messenger = Messenger(discord);

        var first = await messenger.SendDirectAsync(TestUsers.Alice.Id, new Reply("Time to send your thank-you note."), TestContext.Current.CancellationToken);
        var second = await messenger.SendDirectAsync(TestUsers.Alice.Id, new Reply("Second *nudge*"), TestContext.Current.CancellationToken);

        Assert.IsType<SendResult.Sent>(first);
        Assert.IsType<SendResult.Sent>(second);
        Assert.Single(discord.Emulator.RestRequests, r => r.RouteKey == "POST /users/@me/channels");
        var dms = discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id);
        Assert.Equal(["Time to send your thank-you note.", "Second \\*nudge\\*"], dms.Select(m => m.Content));
        Assert.All(dms, m => Assert.True(m.AllowedMentionsSuppressed));
        Assert.Equal("discord", messenger.Platform);
    }

    [Fact]
    public async Task SendDirectAsync_ThirtyChoicesAskingForText_AreTwoMenusOf25And5_AndTheAnswerButtonStays()
    {
        await using var discord = await DiscordHarness.StartAsync();
        var rows = Enumerable.Range(1, 30).Select(i => (IReadOnlyList<ReplyButton>)[new ReplyButton($"Choice {i}", $"choice {i}")]).ToList();

        var result = await Messenger(discord).SendDirectAsync(
            TestUsers.Alice.Id, new Reply("Pick one, or type your own.", rows) { ExpectsText = true }, TestContext.Current.CancellationToken);

        Assert.IsType<SendResult.Sent>(result);
        var sent = Assert.Single(discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id));
        var menus = sent.SelectOptions.GroupBy(o => o.MenuCustomId).Select(menu => menu.Count()).ToList();
        Assert.Equal([25, 5], menus);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"Choice {i}"), sent.SelectOptions.Select(o => o.Label));
        Assert.Contains(TestUsers.Alice.Id + ":answer", sent.CustomIds);
    }

    [Fact]
    public async Task SendDirectAsync_FiveFullRowsAskingForText_BecomeAMenuSoTheAnswerButtonStillFits()
    {
        await using var discord = await DiscordHarness.StartAsync();
        var rows = Enumerable.Range(0, 5)
            .Select(row => (IReadOnlyList<ReplyButton>)[.. Enumerable.Range(1, 5).Select(i => new ReplyButton($"Choice {(row * 5) + i}", $"choice {(row * 5) + i}"))])
            .ToList();

        await Messenger(discord).SendDirectAsync(
            TestUsers.Alice.Id, new Reply("Pick one, or type your own.", rows) { ExpectsText = true }, TestContext.Current.CancellationToken);

        var sent = Assert.Single(discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id));
        Assert.Equal(25, sent.SelectOptions.Count);
        Assert.Contains(TestUsers.Alice.Id + ":answer", sent.CustomIds);
    }

    [Theory]
    [InlineData(50007)]
    [InlineData(50278)]
    public async Task SendDirectAsync_UserCannotBeMessaged_IsUnreachable(int code)
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Emulator.SetUserUnreachable(TestUsers.Bob.Id, code == 50007 ? RestFault.CannotDmUser() : RestFault.NoMutualGuilds());

        var result = await Messenger(discord).SendDirectAsync(TestUsers.Bob.Id, new Reply("Nudge"), TestContext.Current.CancellationToken);

        var unreachable = Assert.IsType<SendResult.Unreachable>(result);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), unreachable.Reason, StringComparison.Ordinal);
        Assert.Empty(discord.Emulator.DirectMessagesTo(TestUsers.Bob.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SendDirectAsync_RateLimited_WaitsRetryAfterThenDelivers(bool global)
    {
        await using var discord = await DiscordHarness.StartAsync();
        var messenger = Messenger(discord);
        await messenger.SendDirectAsync(TestUsers.Alice.Id, new Reply("opens the DM"), TestContext.Current.CancellationToken);
        discord.Emulator.FailNextRest(MessagesRoute, RestFault.RateLimited(0.4, global));

        var result = await messenger.SendDirectAsync(TestUsers.Alice.Id, new Reply("after the 429"), TestContext.Current.CancellationToken);

        Assert.IsType<SendResult.Sent>(result);
        var attempts = discord.Emulator.RestRequests.Where(r => r.RouteKey == MessagesRoute).Skip(1).ToList();
        Assert.Equal([429, 200], attempts.Select(r => r.StatusCode));
        Assert.True(attempts[1].Time - attempts[0].Time >= TimeSpan.FromSeconds(0.4), $"retried after {attempts[1].Time - attempts[0].Time}");
        Assert.Contains(discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id), m => m.Content == "after the 429");
    }

    [Fact]
    public async Task SendDirectAsync_BurstOverTheBucket_WaitsForResetsAndNeverHitsA429()
    {
        var options = new DiscordEmulatorOptions { HeartbeatIntervalMs = 5000, DefaultRateLimit = new RateLimitRule(5, TimeSpan.FromSeconds(1)) };
        await using var discord = await DiscordHarness.StartAsync(options);
        var messenger = Messenger(discord);

        var results = await Task.WhenAll(Enumerable.Range(1, 12).Select(i =>
            messenger.SendDirectAsync(TestUsers.Alice.Id, new Reply($"message {i}"), TestContext.Current.CancellationToken)));

        Assert.All(results, r => Assert.IsType<SendResult.Sent>(r));
        Assert.Equal(12, discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id).Count);
        Assert.Equal(0, discord.Emulator.EnforcedRateLimitCount);
    }

    [Fact]
    public async Task SendDirectAsync_ServerErrors_RetriesWithBackoffThenDelivers()
    {
        await using var discord = await DiscordHarness.StartAsync();
        var messenger = Messenger(discord);
        await messenger.SendDirectAsync(TestUsers.Alice.Id, new Reply("opens the DM"), TestContext.Current.CancellationToken);
        discord.Emulator.FailNextRest(MessagesRoute, RestFault.ServerError(502), times: 2);

        var result = await messenger.SendDirectAsync(TestUsers.Alice.Id, new Reply("after two 502s"), TestContext.Current.CancellationToken);

        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal([502, 502, 200], discord.Emulator.RestRequests.Where(r => r.RouteKey == MessagesRoute).Skip(1).Select(r => r.StatusCode));
    }

    [Fact]
    public async Task SendDirectAsync_ServerKeepsFailing_GivesUpAfterBoundedAttempts()
    {
        await using var discord = await DiscordHarness.StartAsync();
        var messenger = Messenger(discord);
        await messenger.SendDirectAsync(TestUsers.Alice.Id, new Reply("opens the DM"), TestContext.Current.CancellationToken);
        discord.Emulator.FailNextRest(MessagesRoute, RestFault.ServerError(503), times: 20);

        var result = await messenger.SendDirectAsync(TestUsers.Alice.Id, new Reply("never"), TestContext.Current.CancellationToken);

        Assert.IsType<SendResult.Failed>(result);
        Assert.Equal(4, discord.Emulator.RestRequests.Count(r => r.RouteKey == MessagesRoute && r.StatusCode == 503));
    }

    [Fact]
    public async Task SendDirectAsync_LongReply_SplitsAtTwoThousandCharactersWithButtonsOnTheLast()
    {
        await using var discord = await DiscordHarness.StartAsync();
        var text = string.Join('\n', Enumerable.Range(1, 90).Select(i => $"Line {i}: prepare one story about a project you led and what you learned."));
        var reply = new Reply(text, [[new ReplyButton("Done", "=done")]]);

        var result = await Messenger(discord).SendDirectAsync(TestUsers.Alice.Id, reply, TestContext.Current.CancellationToken);

        Assert.IsType<SendResult.Sent>(result);
        var pieces = discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id);
        Assert.True(pieces.Count >= 4, $"{pieces.Count} pieces");
        Assert.All(pieces, p => Assert.True(p.Content.Length <= 2000));
        Assert.Equal(text, string.Join('\n', pieces.Select(p => p.Content)));
        Assert.Empty(pieces[0].CustomIds);
        Assert.Equal([TestUsers.Alice.Id + ":=done"], pieces[^1].CustomIds);
    }

    [Fact]
    public async Task SendDirectAsync_ReplyWithDocument_UploadsItAsAnAttachment()
    {
        await using var discord = await DiscordHarness.StartAsync();
        var bytes = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
        var reply = new Reply("Your steps for your calendar.") { Document = new ReplyDocument("steps.ics", "text/calendar", bytes) };

        var result = await Messenger(discord).SendDirectAsync(TestUsers.Alice.Id, reply, TestContext.Current.CancellationToken);

        Assert.IsType<SendResult.Sent>(result);
        var message = Assert.Single(discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id));
        Assert.Equal("Your steps for your calendar.", message.Content);
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(("steps.ics", "text/calendar"), (attachment.FileName, attachment.ContentType));
        Assert.Equal(bytes, attachment.Content.ToArray());
        Assert.True(message.AllowedMentionsSuppressed);
        var sent = discord.Emulator.RestRequests.Single(r => r.RouteKey == MessagesRoute).Body!.Value.GetProperty("attachments")[0];
        Assert.Equal(("0", "steps.ics"), (sent.GetProperty("id").GetString(), sent.GetProperty("filename").GetString()));
    }

    [Fact]
    public async Task SendDirectAsync_LongReplyWithDocument_AttachesItToTheLastPieceOnly()
    {
        await using var discord = await DiscordHarness.StartAsync();
        var text = string.Join('\n', Enumerable.Range(1, 60).Select(i => $"Line {i}: everything I keep about you, as JSON, in one file."));
        var reply = new Reply(text) { Document = new ReplyDocument("data.json", "application/json", "{\"a\":1}"u8.ToArray()) };

        await Messenger(discord).SendDirectAsync(TestUsers.Alice.Id, reply, TestContext.Current.CancellationToken);

        var pieces = discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id);
        Assert.True(pieces.Count >= 2, $"{pieces.Count} pieces");
        Assert.All(pieces.SkipLast(1), p => Assert.Empty(p.Attachments));
        Assert.Equal(1, JsonDocument.Parse(Assert.Single(pieces[^1].Attachments).Content).RootElement.GetProperty("a").GetInt32());
    }

    [Fact]
    public async Task SendDirectAsync_IdempotencyKey_IsAnEnforcedNonceSoARetryAfterALostAnswerDeliversOnce()
    {
        await using var discord = await DiscordHarness.StartAsync();
        var messenger = Messenger(discord);
        await messenger.SendDirectAsync(TestUsers.Alice.Id, new Reply("opens the DM"), TestContext.Current.CancellationToken);
        discord.Emulator.FailNextRest(MessagesRoute, RestFault.DropConnection(afterProcessing: true));
        var reply = new Reply("NUDGE: send your thank-you note", [[new ReplyButton("Done", "=done")]]) { IdempotencyKey = "nudge-42" };

        var result = await messenger.SendDirectAsync(TestUsers.Alice.Id, reply, TestContext.Current.CancellationToken);

        Assert.IsType<SendResult.Sent>(result);
        var attempts = discord.Emulator.RestRequests.Where(r => r.RouteKey == MessagesRoute).Skip(1).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(("nudge-42", true), (a.Body!.Value.GetProperty("nonce").GetString(), a.Body.Value.GetProperty("enforce_nonce").GetBoolean())));
        Assert.Single(discord.Emulator.DirectMessagesTo(TestUsers.Alice.Id), m => m.Content.StartsWith("NUDGE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllTraffic_AtTraceLevel_NeverLogsTheTokens()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.WaitForSessionAsync();
        var handle = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "help", new Dictionary<string, object?>());
        await handle.WaitForResponseAsync(r => r.Original is not null && r.Original.Content.Length > 0, DiscordHarness.Wait);
        discord.Emulator.FailNextRest(MessagesRoute, RestFault.ServerError(502));
        await Messenger(discord).SendDirectAsync(TestUsers.Alice.Id, new Reply("nudge"), TestContext.Current.CancellationToken);

        await discord.StopBotAsync();

        Assert.NotEmpty(discord.Logs.Lines);
        Assert.DoesNotContain(DiscordHarness.Token, discord.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(handle.Token, discord.Logs.AllText, StringComparison.Ordinal);
    }

    private static IMessenger Messenger(DiscordHarness discord) =>
        discord.Bot!.Services.GetServices<IMessenger>().Single(m => m.Platform == DiscordPlatform.Name);
}

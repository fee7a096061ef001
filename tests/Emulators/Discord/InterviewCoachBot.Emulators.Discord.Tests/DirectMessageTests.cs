using static InterviewCoachBot.Emulators.Discord.Tests.TestUsers;

namespace InterviewCoachBot.Emulators.Discord.Tests;

public sealed class DirectMessageTests
{
    private const string CreateMessage = "POST /channels/{channel_id}/messages";

    [Fact]
    public async Task DmFlow_OpenChannelThenSend_RecordsMessageAndSuppressedMentions()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var waiting = emulator.WaitForDirectMessageAsync(Alice.Id, m => m.Content.Contains("thank-you", StringComparison.Ordinal), WaitTimeout);

        var channelReply = await rest.PostAsync("/users/@me/channels", new { recipient_id = Alice.Id });
        var channel = channelReply.Json.GetProperty("id").GetString();
        var sent = await rest.PostAsync($"/channels/{channel}/messages", new
        {
            content = "Time to send your thank-you note",
            allowed_mentions = new { parse = Array.Empty<string>() },
            components = new[] { new { type = 1, components = new[] { new { type = 2, style = 1, label = "Snooze", custom_id = "snooze:1:60" } } } },
        });
        var unsafeSend = await rest.PostAsync($"/channels/{channel}/messages", new { content = "no allowed_mentions" });
        var message = await waiting;

        Assert.Equal(1, channelReply.Json.GetProperty("type").GetInt32());
        Assert.Equal(Alice.Id, channelReply.Json.GetProperty("recipients")[0].GetProperty("id").GetString());
        Assert.Equal((200, 200), (sent.Status, unsafeSend.Status));
        Assert.Equal(sent.Json.GetProperty("id").GetString(), message.Id);
        Assert.True(message.AllowedMentionsSuppressed);
        Assert.Equal(["snooze:1:60"], message.CustomIds);
        Assert.Equal([true, false], [.. emulator.DirectMessagesTo(Alice.Id).Select(m => m.AllowedMentionsSuppressed)]);
        Assert.Equal([true, false], emulator.RestRequests.Where(r => r.RouteKey == CreateMessage).Select(r => r.AllowedMentionsSuppressed));
        Assert.Null(emulator.RestRequests[0].AllowedMentionsSuppressed);
    }

    [Fact]
    public async Task DmOpenLimit_NewDmsTooFast_Get403Code40003UntilTheWindowPasses()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero));
        await using var emulator = await StartAsync(new DiscordEmulatorOptions { TimeProvider = time, DmOpenLimit = new RateLimitRule(2, TimeSpan.FromSeconds(10)) });
        using var rest = new RestTestClient(emulator, Token);

        var first = await rest.PostAsync("/users/@me/channels", new { recipient_id = "901" });
        var second = await rest.PostAsync("/users/@me/channels", new { recipient_id = "902" });
        var known = await rest.PostAsync("/users/@me/channels", new { recipient_id = "901" });
        var tooFast = await rest.PostAsync("/users/@me/channels", new { recipient_id = "903" });
        time.Advance(TimeSpan.FromSeconds(10));
        var later = await rest.PostAsync("/users/@me/channels", new { recipient_id = "903" });

        Assert.Equal((200, 200, 200, 403, 200), (first.Status, second.Status, known.Status, tooFast.Status, later.Status));
        Assert.Equal(40003, tooFast.Code);
    }

    [Fact]
    public async Task FailNextRest_CannotDmUser_Returns403Code50007ThenRecovers()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        emulator.FailNextRest(CreateMessage, RestFault.CannotDmUser());
        var failed = await rest.PostAsync($"/channels/{channel}/messages", new { content = "nudge" });
        var ok = await rest.PostAsync($"/channels/{channel}/messages", new { content = "nudge" });

        Assert.Equal((403, 50007, "Cannot send messages to this user"), (failed.Status, failed.Code, failed.Json.GetProperty("message").GetString()));
        Assert.Equal(200, ok.Status);
        Assert.Single(emulator.DirectMessagesTo(Alice.Id));
    }

    [Fact]
    public async Task SetUserUnreachable_NoMutualGuilds_EverySendReturns50278()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        emulator.SetUserUnreachable(Alice.Id, RestFault.NoMutualGuilds());
        var first = await rest.PostAsync($"/channels/{channel}/messages", new { content = "nudge" });
        var second = await rest.PostAsync($"/channels/{channel}/messages", new { content = "nudge" });

        Assert.Equal((403, 50278, 403, 50278), (first.Status, first.Code, second.Status, second.Code));
        Assert.Empty(emulator.DirectMessagesTo(Alice.Id));
    }

    [Fact]
    public async Task FailNextRest_ServerErrorTwice_Returns502TwiceThenSucceeds()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        emulator.FailNextRest(CreateMessage, RestFault.ServerError(), times: 2);
        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await rest.PostAsync($"/channels/{channel}/messages", new { content = "nudge" })).Status);
        }

        Assert.Equal([502, 502, 200], statuses);
        Assert.Single(emulator.DirectMessagesTo(Alice.Id));
    }

    [Fact]
    public async Task CreateMessage_UnknownChannel_Returns10003()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);

        var reply = await rest.PostAsync("/channels/999/messages", new { content = "x" });

        Assert.Equal((404, 10003), (reply.Status, reply.Code));
    }

    [Fact]
    public async Task CreateMessage_SameNonceWithEnforce_CreatesOneMessage()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        var body = new { content = "nudge", nonce = "nudge-42", enforce_nonce = true };

        var first = await rest.PostAsync($"/channels/{channel}/messages", body);
        var retry = await rest.PostAsync($"/channels/{channel}/messages", body);

        Assert.Equal(first.Json.GetProperty("id").GetString(), retry.Json.GetProperty("id").GetString());
        Assert.Single(emulator.DirectMessagesTo(Alice.Id));
    }

    [Fact]
    public async Task FailNextRest_DropAfterProcessing_ConnectionFailsButMessageExists()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        emulator.FailNextRest(CreateMessage, RestFault.DropConnection(afterProcessing: true));

        await Assert.ThrowsAsync<HttpRequestException>(() => rest.PostAsync($"/channels/{channel}/messages", new { content = "ambiguous" }));
        Assert.Equal("ambiguous", Assert.Single(emulator.DirectMessagesTo(Alice.Id)).Content);
    }

    [Fact]
    public async Task EditMessage_ExistingDm_UpdatesContentAndCountsEdit()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        var created = await rest.PostAsync($"/channels/{channel}/messages", new { content = "v1" });

        var edited = await rest.SendAsync(HttpMethod.Patch, $"/channels/{channel}/messages/{created.Json.GetProperty("id").GetString()}",
            new { content = "v2", allowed_mentions = new { parse = Array.Empty<string>() } });

        Assert.Equal(200, edited.Status);
        var message = Assert.Single(emulator.DirectMessagesTo(Alice.Id));
        Assert.Equal(("v2", 1, true), (message.Content, message.EditCount, message.AllowedMentionsSuppressed));
    }
}

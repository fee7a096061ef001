using static InterviewCoachBot.Emulators.Discord.Tests.TestUsers;

namespace InterviewCoachBot.Emulators.Discord.Tests;

public sealed class RestBasicsTests
{
    [Fact]
    public async Task GetGatewayBot_WithBotAuth_ReturnsUrlAndRateLimitHeaders()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);

        var reply = await rest.SendAsync(HttpMethod.Get, "/gateway/bot");

        Assert.Equal(200, reply.Status);
        Assert.Equal(emulator.GatewayUrl.ToString().TrimEnd('/'), reply.Json.GetProperty("url").GetString());
        Assert.Equal(1, reply.Json.GetProperty("shards").GetInt32());
        Assert.Equal(1, reply.Json.GetProperty("session_start_limit").GetProperty("max_concurrency").GetInt32());
        foreach (var header in new[] { "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Reset-After", "X-RateLimit-Bucket" })
        {
            Assert.True(reply.Headers.ContainsKey(header), header);
        }

        Assert.Equal("4", reply.Headers["X-RateLimit-Remaining"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Token)]
    [InlineData("Bearer " + Token)]
    [InlineData("Bot wrong")]
    public async Task BotRoute_WithoutBotAuthorization_Returns401(string? authorization)
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);

        var reply = await rest.SendAsync(HttpMethod.Get, "/gateway/bot", auth: authorization is not null, authorization: authorization);

        Assert.Equal((401, 0), (reply.Status, reply.Code));
        Assert.True(reply.Headers.ContainsKey("X-RateLimit-Bucket"));
        Assert.Equal(401, emulator.RestRequests.Single().StatusCode);
    }

    [Fact]
    public async Task UnknownRoute_Returns404DiscordShape()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);

        var reply = await rest.SendAsync(HttpMethod.Get, "/guilds/1/members");

        Assert.Equal((404, 0), (reply.Status, reply.Code));
    }

    [Fact]
    public async Task BulkOverwrite_ValidCommands_StoresWithStableIds()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var commands = new[]
        {
            new
            {
                name = "coach", type = 1, description = "Interview follow-up coach", integration_types = new[] { 0, 1 }, contexts = new[] { 0, 1, 2 },
                options = new object[] { new { type = 1, name = "checklist", description = "Second-interview checklist" } },
            },
        };

        var first = await rest.SendAsync(HttpMethod.Put, $"/applications/{AppId}/commands", commands);
        var second = await rest.SendAsync(HttpMethod.Put, $"/applications/{AppId}/commands", commands);
        var list = await rest.SendAsync(HttpMethod.Get, $"/applications/{AppId}/commands");

        Assert.Equal((200, 200, 200), (first.Status, second.Status, list.Status));
        var id = first.Json[0].GetProperty("id").GetString();
        Assert.Equal(id, second.Json[0].GetProperty("id").GetString());
        Assert.Equal(id, list.Json[0].GetProperty("id").GetString());
        Assert.Equal(2, emulator.BulkOverwriteCount);
        Assert.Equal("coach", Assert.Single(emulator.RegisteredCommands).GetProperty("name").GetString());
    }

    [Fact]
    public async Task BulkOverwrite_NameTooLong_Returns50035WithFieldPath()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);

        var reply = await rest.SendAsync(HttpMethod.Put, $"/applications/{AppId}/commands",
            new[] { new { name = new string('a', 33), type = 1, description = "x" } });

        Assert.Equal((400, 50035), (reply.Status, reply.Code));
        Assert.Equal("BASE_TYPE_MAX_LENGTH", reply.Json.GetProperty("errors").GetProperty("0").GetProperty("name")
            .GetProperty("_errors")[0].GetProperty("code").GetString());
        Assert.Equal(0, emulator.BulkOverwriteCount);
    }

    [Fact]
    public async Task BulkOverwrite_OneEmptyDescription_Returns50035AndKeepsTheOldCommands()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        await rest.SendAsync(HttpMethod.Put, $"/applications/{AppId}/commands", new[] { new { name = "old", type = 1, description = "x" } });

        var reply = await rest.SendAsync(HttpMethod.Put, $"/applications/{AppId}/commands",
            new[] { new { name = "fine", type = 1, description = "x" }, new { name = "blank", type = 1, description = "" } });

        Assert.Equal((400, 50035), (reply.Status, reply.Code));
        Assert.Equal("BASE_TYPE_BAD_LENGTH", reply.Json.GetProperty("errors").GetProperty("1").GetProperty("description")
            .GetProperty("_errors")[0].GetProperty("code").GetString());
        Assert.Equal("old", Assert.Single(emulator.RegisteredCommands).GetProperty("name").GetString());
    }
}

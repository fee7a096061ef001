using static InterviewCoachBot.Emulators.Discord.Tests.TestUsers;

namespace InterviewCoachBot.Emulators.Discord.Tests;

public sealed class ValidationTests
{
    [Fact]
    public async Task CreateMessage_ContentOver2000_Returns50035WithFieldErrors()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        var reply = await rest.PostAsync($"/channels/{channel}/messages", new { content = new string('a', 2001) });

        Assert.Equal((400, 50035, "Invalid Form Body"), (reply.Status, reply.Code, reply.Json.GetProperty("message").GetString()));
        var error = reply.Json.GetProperty("errors").GetProperty("content").GetProperty("_errors")[0];
        Assert.Equal("BASE_TYPE_MAX_LENGTH", error.GetProperty("code").GetString());
        Assert.Contains("2000", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(emulator.DirectMessagesTo(Alice.Id));
    }

    [Fact]
    public async Task CreateMessage_Exactly2000CodePoints_IsAccepted()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        var reply = await rest.PostAsync($"/channels/{channel}/messages", new { content = string.Concat(Enumerable.Repeat("😀", 2000)) });

        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task CreateMessage_SixActionRows_Returns50035OnComponents()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        var rows = Enumerable.Range(0, 6).Select(i => new { type = 1, components = new[] { new { type = 2, style = 1, label = "b", custom_id = $"b{i}" } } });

        var reply = await rest.PostAsync($"/channels/{channel}/messages", new { content = "x", components = rows });

        Assert.Equal((400, 50035), (reply.Status, reply.Code));
        Assert.True(reply.Json.GetProperty("errors").GetProperty("components").TryGetProperty("_errors", out _));
    }

    [Fact]
    public async Task CreateMessage_SixButtonsInRowAndLongCustomId_ReportsBothPaths()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        var buttons = Enumerable.Range(0, 6).Select(i => new { type = 2, style = 1, label = "b", custom_id = i == 0 ? new string('c', 101) : $"b{i}" });

        var reply = await rest.PostAsync($"/channels/{channel}/messages", new { content = "x", components = new[] { new { type = 1, components = buttons } } });

        Assert.Equal((400, 50035), (reply.Status, reply.Code));
        var row = reply.Json.GetProperty("errors").GetProperty("components").GetProperty("0").GetProperty("components");
        Assert.True(row.TryGetProperty("_errors", out _));
        Assert.True(row.GetProperty("0").GetProperty("custom_id").TryGetProperty("_errors", out _));
    }

    [Fact]
    public async Task CreateMessage_SelectMenuSharingItsRowOrRepeatingAValue_Returns50035OnBoth()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        var select = new { type = 3, custom_id = "s", options = new[] { new { label = "a", value = "v" }, new { label = "b", value = "v" } } };
        var crowded = new object[] { new { type = 1, components = new object[] { select, new { type = 2, style = 1, label = "b", custom_id = "b" } } } };
        var alone = new object[] { new { type = 1, components = new object[] { select } } };

        var sharing = await rest.PostAsync($"/channels/{channel}/messages", new { content = "x", components = crowded });
        var repeating = await rest.PostAsync($"/channels/{channel}/messages", new { content = "x", components = alone });

        Assert.Equal((400, 50035), (sharing.Status, sharing.Code));
        Assert.True(sharing.Json.GetProperty("errors").GetProperty("components").GetProperty("0").GetProperty("components").TryGetProperty("_errors", out _));
        Assert.Equal((400, 50035), (repeating.Status, repeating.Code));
        var option = repeating.Json.GetProperty("errors").GetProperty("components").GetProperty("0").GetProperty("components").GetProperty("0")
            .GetProperty("options").GetProperty("1");
        Assert.True(option.GetProperty("value").TryGetProperty("_errors", out _));
        Assert.Empty(emulator.DirectMessagesTo(Alice.Id));
    }

    [Fact]
    public async Task CreateMessage_SelectMenuWith26Options_Returns50035AndOneWith25IsAccepted()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        object Menu(int options) => new[]
        {
            new { type = 1, components = new[] { new { type = 3, custom_id = "s", options = Enumerable.Range(0, options).Select(i => new { label = $"o{i}", value = $"v{i}" }) } } },
        };

        var tooMany = await rest.PostAsync($"/channels/{channel}/messages", new { content = "x", components = Menu(26) });
        var most = await rest.PostAsync($"/channels/{channel}/messages", new { content = "x", components = Menu(25) });

        Assert.Equal((400, 50035), (tooMany.Status, tooMany.Code));
        Assert.Equal(200, most.Status);
    }

    [Fact]
    public async Task CreateMessage_Empty_Returns50006()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        var reply = await rest.PostAsync($"/channels/{channel}/messages", new { content = "" });

        Assert.Equal((400, 50006), (reply.Status, reply.Code));
    }

    [Fact]
    public async Task CreateMessage_WrongJsonType_Returns50035()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        var reply = await rest.PostAsync($"/channels/{channel}/messages", new { content = 5, tts = "yes" });

        Assert.Equal((400, 50035), (reply.Status, reply.Code));
        Assert.True(reply.Json.GetProperty("errors").TryGetProperty("content", out _));
        Assert.True(reply.Json.GetProperty("errors").TryGetProperty("tts", out _));
    }

    [Fact]
    public async Task CreateMessage_MalformedJson_Returns50109()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        var reply = await rest.PostAsync($"/channels/{channel}/messages", "{\"content\":");

        Assert.Equal((400, 50109), (reply.Status, reply.Code));
    }

    [Fact]
    public async Task CreateDm_RecipientNotSnowflake_Returns50035()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);

        var reply = await rest.PostAsync("/users/@me/channels", new { recipient_id = "alice" });

        Assert.Equal((400, 50035), (reply.Status, reply.Code));
        Assert.True(reply.Json.GetProperty("errors").TryGetProperty("recipient_id", out _));
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using static InterviewCoachBot.Emulators.Discord.Tests.TestUsers;

namespace InterviewCoachBot.Emulators.Discord.Tests;

public sealed class InteractionTests
{
    private static readonly object Modal = new
    {
        type = 9,
        data = new
        {
            custom_id = "form",
            title = "New interview",
            components = new[] { new { type = 1, components = new[] { new { type = 4, custom_id = "company", style = 1, label = "Company" } } } },
        },
    };

    private static readonly object Reply = new { type = 4, data = new { content = "ok", flags = 64, allowed_mentions = new { parse = Array.Empty<string>() } } };

    [Fact]
    public async Task SendSlashCommand_InDm_DispatchesInteractionCreateShapedLikeDiscord()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;

        var handle = await emulator.SendSlashCommandAsync(Alice, "coach",
            new Dictionary<string, object?> { ["company"] = "Contoso", ["days"] = 3 }, subcommand: "thank-you");
        var dispatch = await client.ReceiveDispatchAsync("INTERACTION_CREATE");
        var d = dispatch.GetProperty("d");

        Assert.Equal((handle.Id, handle.Token, 2, AppId, 1), (d.GetProperty("id").GetString(), d.GetProperty("token").GetString(),
            d.GetProperty("type").GetInt32(), d.GetProperty("application_id").GetString(), d.GetProperty("version").GetInt32()));
        Assert.Equal(Alice.Id, d.GetProperty("user").GetProperty("id").GetString());
        Assert.False(d.TryGetProperty("member", out _));
        Assert.Equal((1, 1), (d.GetProperty("channel").GetProperty("type").GetInt32(), d.GetProperty("context").GetInt32()));
        var sub = d.GetProperty("data").GetProperty("options")[0];
        Assert.Equal(("thank-you", 1), (sub.GetProperty("name").GetString(), sub.GetProperty("type").GetInt32()));
        Assert.Equal(("Contoso", 3), (sub.GetProperty("options")[0].GetProperty("value").GetString(), sub.GetProperty("options")[1].GetProperty("value").GetInt32()));
        Assert.Equal(4, sub.GetProperty("options")[1].GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task SendSlashCommand_InGuild_UsesMemberUserAndGuildContext()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;

        await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions, guildId: "700000000000000001");
        var d = (await client.ReceiveDispatchAsync("INTERACTION_CREATE")).GetProperty("d");

        Assert.Equal(Alice.Id, d.GetProperty("member").GetProperty("user").GetProperty("id").GetString());
        Assert.False(d.TryGetProperty("user", out _));
        Assert.Equal(("700000000000000001", 0, 0), (d.GetProperty("guild_id").GetString(),
            d.GetProperty("channel").GetProperty("type").GetInt32(), d.GetProperty("context").GetInt32()));
    }

    [Fact]
    public async Task InteractionCallback_Twice_SecondReturns40060()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var handle = await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions);

        var first = await rest.PostAsync($"/interactions/{handle.Id}/{handle.Token}/callback", Reply, auth: false);
        var second = await rest.PostAsync($"/interactions/{handle.Id}/{handle.Token}/callback", Reply, auth: false);
        var response = await handle.WaitForResponseAsync(WaitTimeout);

        Assert.Equal(204, first.Status);
        Assert.Equal((400, 40060), (second.Status, second.Code));
        Assert.Equal(4, response.CallbackType);
        Assert.Equal("ok", response.Original!.Content);
        Assert.True(response.Original.AllowedMentionsSuppressed);
        Assert.Equal(64, response.Original.Flags);
    }

    /// <summary>Discord: a modal (type 9) must be the first response; it "cannot be sent after a deferral", and never answers a modal submit.</summary>
    [Fact]
    public async Task ModalCallback_AfterADeferralOrToAModalSubmit_IsRefused()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var command = await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions);
        var submit = await emulator.SubmitModalAsync(Alice, "form", new Dictionary<string, string> { ["company"] = "Acme" });

        var deferred = await rest.PostAsync($"/interactions/{command.Id}/{command.Token}/callback", new { type = 5 }, auth: false);
        var afterDeferral = await rest.PostAsync($"/interactions/{command.Id}/{command.Token}/callback", Modal, auth: false);
        var toSubmit = await rest.PostAsync($"/interactions/{submit.Id}/{submit.Token}/callback", Modal, auth: false);

        Assert.Equal(204, deferred.Status);
        Assert.Equal((400, 40060), (afterDeferral.Status, afterDeferral.Code));
        Assert.Equal((400, 50035), (toSubmit.Status, toSubmit.Code));
    }

    [Fact]
    public async Task InteractionCallback_AfterAckWindow_Returns10062()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-05-01T10:00:00Z", CultureInfo.InvariantCulture));
        await using var emulator = await StartAsync(new DiscordEmulatorOptions { TimeProvider = time });
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var handle = await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions);

        time.Advance(TimeSpan.FromSeconds(3.001));
        var late = await rest.PostAsync($"/interactions/{handle.Id}/{handle.Token}/callback", Reply, auth: false);

        Assert.Equal((404, 10062, "Unknown interaction"), (late.Status, late.Code, late.Json.GetProperty("message").GetString()));
        Assert.Null(handle.CurrentResponse);
    }

    [Fact]
    public async Task InteractionCallback_WrongToken_Returns10062()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var handle = await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions);

        var reply = await rest.PostAsync($"/interactions/{handle.Id}/not-the-token/callback", Reply, auth: false);

        Assert.Equal((404, 10062), (reply.Status, reply.Code));
    }

    [Fact]
    public async Task InteractionCallback_ContentTooLong_Returns50035UnderData()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var handle = await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions);

        var reply = await rest.PostAsync($"/interactions/{handle.Id}/{handle.Token}/callback",
            new { type = 4, data = new { content = new string('x', 2001) } }, auth: false);

        Assert.Equal((400, 50035), (reply.Status, reply.Code));
        Assert.True(reply.Json.GetProperty("errors").GetProperty("data").TryGetProperty("content", out _));
        Assert.Null(handle.CurrentResponse);
    }

    [Fact]
    public async Task Defer_ThenEditOriginalAndFollowUp_AllVisibleOnHandle()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var handle = await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions);

        var defer = await rest.PostAsync($"/interactions/{handle.Id}/{handle.Token}/callback", new { type = 5, data = new { flags = 64 } }, auth: false);
        var edit = await rest.SendAsync(HttpMethod.Patch, $"/webhooks/{AppId}/{handle.Token}/messages/@original",
            new { content = "Saved.", allowed_mentions = new { parse = Array.Empty<string>() } }, auth: false);
        var followUp = await rest.PostAsync($"/webhooks/{AppId}/{handle.Token}", new { content = "More", flags = 64 }, auth: false);
        var response = await handle.WaitForResponseAsync(r => r.FollowUps.Count == 1, WaitTimeout);

        Assert.Equal((204, 200, 200), (defer.Status, edit.Status, followUp.Status));
        Assert.Equal(5, response.CallbackType);
        Assert.Equal("Saved.", response.Original!.Content);
        Assert.Equal(64, response.Original.Flags);
        Assert.Single(response.OriginalEdits);
        Assert.Equal("More", response.FollowUps[0].Content);
        Assert.Equal([response.Original.Id, response.FollowUps[0].Id], emulator.DirectMessagesTo(Alice.Id).Select(m => m.Id));
    }

    [Theory]
    [InlineData(null, 400)]
    [InlineData("700000000000000001", 200)]
    public async Task SixthFollowUp_UserInstallOnly_Returns40094(string? guildId, int sixth)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-05-01T10:00:00Z", CultureInfo.InvariantCulture));
        await using var emulator = await StartAsync(new DiscordEmulatorOptions { TimeProvider = time });
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var handle = await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions, guildId: guildId);
        await rest.PostAsync($"/interactions/{handle.Id}/{handle.Token}/callback", Reply, auth: false);

        var statuses = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            time.Advance(TimeSpan.FromSeconds(5)); // past the webhook bucket's window
            statuses.Add((await rest.PostAsync($"/webhooks/{AppId}/{handle.Token}", new { content = $"part {i}" }, auth: false)).Status);
        }

        Assert.Equal([200, 200, 200, 200, 200, sixth], statuses);
        Assert.Equal(5 + (sixth == 200 ? 1 : 0), (await handle.WaitForResponseAsync(WaitTimeout)).FollowUps.Count);
    }

    [Fact]
    public async Task Webhook_BeforeCallback_Returns10015()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var handle = await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions);

        var reply = await rest.SendAsync(HttpMethod.Patch, $"/webhooks/{AppId}/{handle.Token}/messages/@original", new { content = "x" }, auth: false);

        Assert.Equal((404, 10015), (reply.Status, reply.Code));
    }

    [Fact]
    public async Task PressButton_OnDmNudge_CarriesMessageAndUpdateEditsIt()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        await rest.PostAsync($"/channels/{channel}/messages", new
        {
            content = "Nudge",
            components = new[] { new { type = 1, components = new[] { new { type = 2, style = 2, label = "Snooze 1h", custom_id = "snooze:7:60" } } } },
        });

        var handle = await emulator.PressButtonAsync(Alice, "snooze:7:60");
        var d = (await client.ReceiveDispatchAsync("INTERACTION_CREATE")).GetProperty("d");
        var reply = await rest.PostAsync($"/interactions/{handle.Id}/{handle.Token}/callback",
            new { type = 7, data = new { content = "Snoozed for 1 hour", components = Array.Empty<object>() } }, auth: false);

        Assert.Equal((3, "snooze:7:60", 2), (d.GetProperty("type").GetInt32(), d.GetProperty("data").GetProperty("custom_id").GetString(),
            d.GetProperty("data").GetProperty("component_type").GetInt32()));
        Assert.Equal("Nudge", d.GetProperty("message").GetProperty("content").GetString());
        Assert.Equal(204, reply.Status);
        var nudge = Assert.Single(emulator.DirectMessagesTo(Alice.Id));
        Assert.Equal(("Snoozed for 1 hour", 1), (nudge.Content, nudge.EditCount));
    }

    [Fact]
    public async Task SelectMenuChoice_CarriesTheMenuIdTheValuesAndTheMessage()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        await rest.PostAsync($"/channels/{channel}/messages", new
        {
            content = "Pick",
            components = new[] { new { type = 1, components = new[] { new { type = 3, custom_id = "menu", options = new[] { new { label = "One", value = "v1" }, new { label = "Two", value = "v2" } } } } } },
        });
        var sent = Assert.Single(emulator.DirectMessagesTo(Alice.Id));

        await emulator.SelectAsync(Alice, "menu", ["v2"]);
        var d = (await client.ReceiveDispatchAsync("INTERACTION_CREATE")).GetProperty("d");

        Assert.Equal([new SelectOption("menu", "One", "v1"), new SelectOption("menu", "Two", "v2")], sent.SelectOptions);
        Assert.Equal((3, "menu", 3), (d.GetProperty("type").GetInt32(), d.GetProperty("data").GetProperty("custom_id").GetString(),
            d.GetProperty("data").GetProperty("component_type").GetInt32()));
        Assert.Equal("v2", Assert.Single(d.GetProperty("data").GetProperty("values").EnumerateArray()).GetString());
        Assert.Equal("Pick", d.GetProperty("message").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Autocomplete_FocusedOption_AcceptsOnlyType8()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);

        var handle = await emulator.AutocompleteAsync(Alice, "coach", new Dictionary<string, object?> { ["tz"] = "Europe/Ber" }, "tz", "timezone");
        var d = (await client.ReceiveDispatchAsync("INTERACTION_CREATE")).GetProperty("d");
        var wrong = await rest.PostAsync($"/interactions/{handle.Id}/{handle.Token}/callback", Reply, auth: false);
        var right = await rest.PostAsync($"/interactions/{handle.Id}/{handle.Token}/callback",
            new { type = 8, data = new { choices = new[] { new { name = "Europe/Berlin", value = "Europe/Berlin" } } } }, auth: false);
        var response = await handle.WaitForResponseAsync(WaitTimeout);

        var focused = d.GetProperty("data").GetProperty("options")[0].GetProperty("options")[0];
        Assert.Equal((4, true, "Europe/Ber"), (d.GetProperty("type").GetInt32(), focused.GetProperty("focused").GetBoolean(), focused.GetProperty("value").GetString()));
        Assert.Equal((400, 50035, 204), (wrong.Status, wrong.Code, right.Status));
        Assert.Equal("Europe/Berlin", response.Data!.Value.GetProperty("choices")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task SubmitModal_Fields_ArriveAsActionRowsOfTextInputs()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;

        await emulator.SubmitModalAsync(Alice, "notes:1", new Dictionary<string, string> { ["went_well"] = "system design", ["to_improve"] = "SQL" });
        var data = (await client.ReceiveDispatchAsync("INTERACTION_CREATE")).GetProperty("d").GetProperty("data");

        Assert.Equal("notes:1", data.GetProperty("custom_id").GetString());
        var inputs = data.GetProperty("components").EnumerateArray().Select(r => r.GetProperty("components")[0]).ToList();
        Assert.Equal(["went_well", "to_improve"], inputs.Select(i => i.GetProperty("custom_id").GetString()));
        Assert.All(inputs, i => Assert.Equal(4, i.GetProperty("type").GetInt32()));
        Assert.Equal("SQL", inputs[1].GetProperty("value").GetString());
    }

    [Fact]
    public async Task InteractionCallback_WithResponse_ReturnsResource()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var handle = await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions);

        var reply = await rest.PostAsync($"/interactions/{handle.Id}/{handle.Token}/callback?with_response=true", Reply, auth: false);

        Assert.Equal(200, reply.Status);
        Assert.Equal(JsonValueKind.Object, reply.Json.GetProperty("resource").GetProperty("message").ValueKind);
        Assert.True(reply.Json.GetProperty("interaction").GetProperty("response_message_ephemeral").GetBoolean());
    }
}

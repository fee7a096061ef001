using System.Text;
using System.Text.Json;
using static InterviewCoachBot.Emulators.Discord.Tests.TestUsers;

namespace InterviewCoachBot.Emulators.Discord.Tests;

/// <summary>Discord's upload form (multipart/form-data: <c>payload_json</c> + <c>files[n]</c>) on the message routes.</summary>
public sealed class UploadTests
{
    private const string CreateMessage = "POST /channels/{channel_id}/messages";
    private static readonly byte[] Calendar = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");

    [Fact]
    public async Task CreateMessage_Multipart_AttachesTheFileWithItsBytesAndRecordsThePayload()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        var sent = await rest.SendMultipartAsync(HttpMethod.Post, $"/channels/{channel}/messages", new
        {
            content = "Your calendar",
            allowed_mentions = new { parse = Array.Empty<string>() },
            attachments = new[] { new { id = "0", filename = "steps.ics" } },
        }, [("files[0]", "upload.ics", "text/calendar", Calendar)]);

        Assert.True(sent.Status == 200, sent.Body?.GetRawText());
        var message = Assert.Single(emulator.DirectMessagesTo(Alice.Id));
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(("steps.ics", "text/calendar"), (attachment.FileName, attachment.ContentType));
        Assert.Equal(Calendar, attachment.Content.ToArray());
        Assert.StartsWith("BEGIN:VCALENDAR", attachment.Text, StringComparison.Ordinal);
        Assert.Equal([attachment], emulator.ReceivedAttachments);
        var shown = sent.Json.GetProperty("attachments")[0];
        Assert.Equal((attachment.Id, "steps.ics", Calendar.Length), (shown.GetProperty("id").GetString(), shown.GetProperty("filename").GetString(), shown.GetProperty("size").GetInt32()));
        var request = emulator.RestRequests.Single(r => r.RouteKey == CreateMessage);
        Assert.True(request.AllowedMentionsSuppressed);
        Assert.Equal("Your calendar", request.Body!.Value.GetProperty("content").GetString());
    }

    [Fact]
    public async Task CreateMessage_MultipartWithoutAttachmentsList_AttachesEveryFile()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        var sent = await rest.SendMultipartAsync(HttpMethod.Post, $"/channels/{channel}/messages", new { },
            [("files[0]", "a.json", "application/json", "{}"u8.ToArray()), ("files[1]", "b.ics", "text/calendar", Calendar)]);

        Assert.Equal(200, sent.Status);
        Assert.Equal(["a.json", "b.ics"], emulator.DirectMessagesTo(Alice.Id).Single().Attachments.Select(a => a.FileName));
        Assert.False(emulator.RestRequests.Single(r => r.RouteKey == CreateMessage).AllowedMentionsSuppressed);
    }

    [Fact]
    public async Task CreateMessage_MultipartPayloadBreaksTheSchema_Returns50035AndCreatesNothing()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        var tooLong = await rest.SendMultipartAsync(HttpMethod.Post, $"/channels/{channel}/messages",
            new { content = new string('x', 2001) }, [("files[0]", "a.txt", "text/plain", "a"u8.ToArray())]);
        var wrongType = await rest.SendMultipartAsync(HttpMethod.Post, $"/channels/{channel}/messages",
            new { content = "x", tts = "yes" }, [("files[0]", "a.txt", "text/plain", "a"u8.ToArray())]);
        var brokenJson = await rest.SendMultipartAsync(HttpMethod.Post, $"/channels/{channel}/messages",
            "{\"content\": ", [("files[0]", "a.txt", "text/plain", "a"u8.ToArray())]);

        Assert.Equal((400, 50035), (tooLong.Status, tooLong.Code));
        Assert.True(tooLong.Json.GetProperty("errors").TryGetProperty("content", out _));
        Assert.Equal((400, 50035), (wrongType.Status, wrongType.Code));
        Assert.True(wrongType.Json.GetProperty("errors").TryGetProperty("tts", out _));
        Assert.Equal((400, 50109), (brokenJson.Status, brokenJson.Code));
        Assert.Empty(emulator.DirectMessagesTo(Alice.Id));
        Assert.Empty(emulator.ReceivedAttachments);
    }

    [Fact]
    public async Task CreateMessage_AttachmentWithoutItsFile_Returns50035()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);
        var payload = new { content = "file?", attachments = new[] { new { id = "1", filename = "missing.ics" } } };

        var multipart = await rest.SendMultipartAsync(HttpMethod.Post, $"/channels/{channel}/messages", payload,
            [("files[0]", "a.ics", "text/calendar", Calendar)]);
        var json = await rest.PostAsync($"/channels/{channel}/messages", payload);

        foreach (var reply in new[] { multipart, json })
        {
            Assert.Equal((400, 50035), (reply.Status, reply.Code));
            Assert.True(reply.Json.GetProperty("errors").GetProperty("attachments").GetProperty("0").TryGetProperty("id", out _));
        }

        Assert.Empty(emulator.DirectMessagesTo(Alice.Id));
    }

    [Fact]
    public async Task CreateMessage_MultipartWithoutPayloadJsonOrWithStrayParts_Returns50035()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);
        var channel = await rest.OpenDmAsync(Alice.Id);

        var noPayload = await rest.SendMultipartAsync(HttpMethod.Post, $"/channels/{channel}/messages", null,
            [("files[0]", "a.ics", "text/calendar", Calendar)]);
        var stray = await rest.SendMultipartAsync(HttpMethod.Post, $"/channels/{channel}/messages", new { content = "x" },
            [("file", "a.ics", "text/calendar", Calendar)]);

        Assert.Equal((400, 50035), (noPayload.Status, noPayload.Code));
        Assert.True(noPayload.Json.GetProperty("errors").TryGetProperty("payload_json", out _));
        Assert.Equal((400, 50035), (stray.Status, stray.Code));
        Assert.Empty(emulator.DirectMessagesTo(Alice.Id));
    }

    [Fact]
    public async Task MultipartOnARouteWithoutMessages_IsRefusedAsBeforeWithContentTypeInvalid()
    {
        await using var emulator = await StartAsync();
        using var rest = new RestTestClient(emulator, Token);

        var reply = await rest.SendMultipartAsync(HttpMethod.Post, "/users/@me/channels", new { recipient_id = Alice.Id },
            [("files[0]", "a.ics", "text/calendar", Calendar)]);

        Assert.Equal((400, 50035), (reply.Status, reply.Code));
        Assert.Contains("CONTENT_TYPE_INVALID", reply.Json.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InteractionCallbackAndFollowUp_Multipart_AttachTheirFiles()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var handle = await emulator.SendSlashCommandAsync(Alice, "export", NoOptions);

        var callback = await rest.SendMultipartAsync(HttpMethod.Post, $"/interactions/{handle.Id}/{handle.Token}/callback", new
        {
            type = 4,
            data = new { content = "data", allowed_mentions = new { parse = Array.Empty<string>() }, attachments = new[] { new { id = "0", filename = "data.json" } } },
        }, [("files[0]", "data.json", "application/json", "{\"a\":1}"u8.ToArray())], auth: false);
        var followUp = await rest.SendMultipartAsync(HttpMethod.Post, $"/webhooks/{AppId}/{handle.Token}", new
        {
            content = "calendar",
            allowed_mentions = new { parse = Array.Empty<string>() },
            attachments = new[] { new { id = "0", filename = "steps.ics" } },
        }, [("files[0]", "steps.ics", "text/calendar", Calendar)], auth: false);
        var response = await handle.WaitForResponseAsync(r => r.FollowUps.Count == 1, WaitTimeout);

        Assert.Equal((204, 200), (callback.Status, followUp.Status));
        Assert.Equal(1, JsonDocument.Parse(Assert.Single(response.Original!.Attachments).Content).RootElement.GetProperty("a").GetInt32());
        Assert.Equal("steps.ics", Assert.Single(response.FollowUps[0].Attachments).FileName);
        Assert.Equal(["data.json", "steps.ics"], emulator.ReceivedAttachments.Select(a => a.FileName));
        Assert.All(emulator.RestRequests.Where(r => r.AllowedMentionsSuppressed is not null), r => Assert.True(r.AllowedMentionsSuppressed));
    }

    [Fact]
    public async Task EditOriginal_Multipart_KeepsListedAttachmentsAndAddsTheUpload()
    {
        await using var emulator = await StartAsync();
        var (client, _) = await GatewayTestClient.IdentifyAsync(emulator, Token);
        await using var _1 = client;
        using var rest = new RestTestClient(emulator, Token);
        var handle = await emulator.SendSlashCommandAsync(Alice, "export", NoOptions);
        await rest.SendMultipartAsync(HttpMethod.Post, $"/interactions/{handle.Id}/{handle.Token}/callback",
            new { type = 4, data = new { content = "first" } }, [("files[0]", "a.json", "application/json", "{}"u8.ToArray())], auth: false);
        var first = (await handle.WaitForResponseAsync(WaitTimeout)).Original!.Attachments.Single();

        var edit = await rest.SendMultipartAsync(HttpMethod.Patch, $"/webhooks/{AppId}/{handle.Token}/messages/@original", new
        {
            content = "both",
            attachments = new object[] { new { id = first.Id }, new { id = "0", filename = "b.ics" } },
        }, [("files[0]", "b.ics", "text/calendar", Calendar)], auth: false);
        var response = await handle.WaitForResponseAsync(r => r.Original?.Content == "both", WaitTimeout);

        Assert.Equal(200, edit.Status);
        Assert.Equal(["a.json", "b.ics"], response.Original!.Attachments.Select(a => a.FileName));
    }
}

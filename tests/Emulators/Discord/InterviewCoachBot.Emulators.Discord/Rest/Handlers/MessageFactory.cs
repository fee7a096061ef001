using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Discord.Infrastructure;
using InterviewCoachBot.Emulators.Discord.Validation;

namespace InterviewCoachBot.Emulators.Discord.Rest.Handlers;

/// <summary>
/// Turns create/edit request bodies (and their uploaded files) into Discord message objects and <see cref="SentMessage"/>
/// records.
/// </summary>
internal sealed class MessageFactory(EmulatorContext context)
{
    private static readonly string[] CopiedFields = ["content", "embeds", "components", "flags", "tts", "poll", "sticker_ids"];

    public SentMessage Create(
        string channelId, JsonElement body, MessageOrigin origin, string? interactionId, string? recipientUserId, IReadOnlyList<UploadedFile>? files = null)
    {
        var id = context.Ids.Next();
        var now = context.Now;
        var message = new JsonObject
        {
            ["id"] = id,
            ["type"] = origin == MessageOrigin.InteractionResponse ? 20 : 0,
            ["channel_id"] = channelId,
            ["author"] = Author(),
            ["content"] = string.Empty,
            ["timestamp"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["components"] = new JsonArray(),
            ["pinned"] = false,
            ["flags"] = 0,
        };
        if (origin != MessageOrigin.ChannelMessage)
        {
            message["webhook_id"] = context.ApplicationId;
            message["application_id"] = context.ApplicationId;
        }

        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("nonce", out var nonce) && nonce.ValueKind != JsonValueKind.Null)
        {
            message["nonce"] = JsonWalk.ToNode(nonce);
        }

        Merge(message, body);
        var attachments = Attach(message, channelId, body, files ?? [], []);
        return new SentMessage(id, channelId, recipientUserId, interactionId, origin, JsonWalk.ToElement(message),
            JsonWalk.HasSuppressedMentions(body), now, 0, attachments);
    }

    public SentMessage Edit(SentMessage previous, JsonElement body, IReadOnlyList<UploadedFile>? files = null)
    {
        var message = (JsonObject)JsonWalk.ToNode(previous.Message)!;
        Merge(message, body);
        var attachments = Attach(message, previous.ChannelId, body, files ?? [], previous.Attachments);
        message["edited_timestamp"] = context.Now.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);
        return previous with
        {
            Message = JsonWalk.ToElement(message),
            AllowedMentionsSuppressed = JsonWalk.HasSuppressedMentions(body),
            EditCount = previous.EditCount + 1,
            Attachments = attachments,
        };
    }

    /// <summary>
    /// Sets the message's <c>attachments</c>: with an <c>attachments</c> list, its entries in order (upload slots become new
    /// attachments, other ids keep the message's existing ones); without one, the existing ones plus every uploaded file.
    /// </summary>
    private IReadOnlyList<ReceivedAttachment> Attach(
        JsonObject message, string channelId, JsonElement body, IReadOnlyList<UploadedFile> files, IReadOnlyList<ReceivedAttachment> existing)
    {
        var hasList = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array;
        if (!hasList && files.Count == 0)
        {
            return existing;
        }

        var result = new List<ReceivedAttachment>();
        if (hasList)
        {
            foreach (var entry in body.GetProperty("attachments").EnumerateArray())
            {
                if (MessageRules.UploadSlot(entry) is { } slot)
                {
                    if (files.FirstOrDefault(f => f.Index == slot) is { } file)
                    {
                        result.Add(Upload(file, JsonWalk.GetString(entry, "filename")));
                    }
                }
                else if (JsonWalk.GetString(entry, "id") is { } id && existing.FirstOrDefault(a => a.Id == id) is { } kept)
                {
                    result.Add(kept);
                }
            }
        }
        else
        {
            result.AddRange(existing);
            result.AddRange(files.OrderBy(f => f.Index).Select(f => Upload(f, null)));
        }

        message["attachments"] = new JsonArray([.. result.Select(a => (JsonNode)new JsonObject
        {
            ["id"] = a.Id,
            ["filename"] = a.FileName,
            ["size"] = a.Content.Length,
            ["url"] = $"https://cdn.discordapp.com/attachments/{channelId}/{a.Id}/{Uri.EscapeDataString(a.FileName)}",
            ["proxy_url"] = $"https://media.discordapp.net/attachments/{channelId}/{a.Id}/{Uri.EscapeDataString(a.FileName)}",
            ["content_type"] = a.ContentType,
        })]);
        return result;
    }

    private ReceivedAttachment Upload(UploadedFile file, string? name)
    {
        var attachment = new ReceivedAttachment(context.Ids.Next(), string.IsNullOrEmpty(name) ? file.FileName : name, file.ContentType, file.Content);
        context.Uploads.Add(attachment);
        return attachment;
    }

    private JsonObject Author() => new()
    {
        ["id"] = context.ApplicationId,
        ["username"] = context.Options.BotUsername,
        ["discriminator"] = "0",
        ["global_name"] = null,
        ["avatar"] = null,
        ["bot"] = true,
    };

    private static void Merge(JsonObject message, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var field in CopiedFields)
        {
            if (body.TryGetProperty(field, out var value))
            {
                message[field] = value.ValueKind == JsonValueKind.Null ? DefaultFor(field) : JsonWalk.ToNode(value);
            }
        }
    }

    private static JsonNode? DefaultFor(string field) => field switch
    {
        "content" => string.Empty,
        "flags" => 0,
        "tts" => false,
        "poll" => null,
        _ => new JsonArray(),
    };
}

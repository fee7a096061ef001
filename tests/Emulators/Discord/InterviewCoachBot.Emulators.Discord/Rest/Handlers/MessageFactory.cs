using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Discord.Infrastructure;

namespace InterviewCoachBot.Emulators.Discord.Rest.Handlers;

/// <summary>Turns create/edit request bodies into Discord message objects and <see cref="SentMessage"/> records.</summary>
internal sealed class MessageFactory(EmulatorContext context)
{
    private static readonly string[] CopiedFields = ["content", "embeds", "components", "flags", "tts", "attachments", "poll", "sticker_ids"];

    public SentMessage Create(string channelId, JsonElement body, MessageOrigin origin, string? interactionId, string? recipientUserId)
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
        return new SentMessage(id, channelId, recipientUserId, interactionId, origin, JsonWalk.ToElement(message),
            JsonWalk.HasSuppressedMentions(body), now, 0);
    }

    public SentMessage Edit(SentMessage previous, JsonElement body)
    {
        var message = (JsonObject)JsonWalk.ToNode(previous.Message)!;
        Merge(message, body);
        message["edited_timestamp"] = context.Now.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);
        return previous with
        {
            Message = JsonWalk.ToElement(message),
            AllowedMentionsSuppressed = JsonWalk.HasSuppressedMentions(body),
            EditCount = previous.EditCount + 1,
        };
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

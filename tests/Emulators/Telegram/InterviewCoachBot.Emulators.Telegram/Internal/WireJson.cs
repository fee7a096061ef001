using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Chats;

namespace InterviewCoachBot.Emulators.Telegram.Internal;

/// <summary>Bot API objects in their wire shape: snake_case, dates in Unix seconds.</summary>
internal static class WireJson
{
    public static JsonObject User(long id, string firstName, string? username, bool isBot)
    {
        var json = new JsonObject { ["id"] = id, ["is_bot"] = isBot, ["first_name"] = firstName };
        if (username is not null)
        {
            json["username"] = username;
        }

        if (!isBot)
        {
            json["language_code"] = "en";
        }

        return json;
    }

    public static JsonObject User(KnownUser user) => User(user.Id, user.FirstName, user.Username, isBot: false);

    public static JsonObject PrivateChat(KnownUser user)
    {
        var json = new JsonObject { ["id"] = user.Id, ["type"] = "private", ["first_name"] = user.FirstName };
        if (user.Username is not null)
        {
            json["username"] = user.Username;
        }

        return json;
    }

    public static long UnixSeconds(DateTimeOffset time) => time.ToUnixTimeSeconds();

    public static JsonObject BotMessage(BotMessage message, KnownUser chat, JsonObject botUser)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = botUser.DeepClone(),
            ["chat"] = PrivateChat(chat),
            ["date"] = UnixSeconds(message.Date),
        };
        if (message.EditDate is { } edited)
        {
            json["edit_date"] = UnixSeconds(edited);
        }

        var formatted = message.Formatted;
        if (message.Document is { } document)
        {
            json["document"] = new JsonObject
            {
                ["file_name"] = document.FileName,
                ["mime_type"] = document.MimeType ?? "application/octet-stream",
                ["file_id"] = document.FileId,
                ["file_unique_id"] = "u" + document.FileId,
                ["file_size"] = document.Content.Length,
            };
            if (formatted is not null)
            {
                json["caption"] = formatted.Plain;
                if (formatted.Entities.Count > 0)
                {
                    json["caption_entities"] = formatted.EntitiesJson();
                }
            }
        }
        else if (formatted is not null)
        {
            json["text"] = formatted.Plain;
            if (formatted.Entities.Count > 0)
            {
                json["entities"] = formatted.EntitiesJson();
            }
        }

        if (message.ReplyMarkupJson is not null && JsonNode.Parse(message.ReplyMarkupJson) is JsonObject markup
            && markup["inline_keyboard"] is JsonArray keyboard)
        {
            json["reply_markup"] = new JsonObject { ["inline_keyboard"] = keyboard.DeepClone() };
        }

        return json;
    }

    public static JsonObject UserTextMessage(long messageId, KnownUser user, DateTimeOffset date, string text)
    {
        var json = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = User(user),
            ["chat"] = PrivateChat(user),
            ["date"] = UnixSeconds(date),
            ["text"] = text,
        };
        if (text.StartsWith('/') && text.Length > 1)
        {
            var end = text.IndexOfAny([' ', '\n', '\t']);
            var length = end < 0 ? text.Length : end;
            json["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = length, ["type"] = "bot_command" });
        }

        return json;
    }

    /// <summary>A non-text message as the Bot API shows it (Sticker, PhotoSize[] or Voice objects with file ids).</summary>
    public static JsonObject UserMediaMessage(long messageId, KnownUser user, DateTimeOffset date, string kind, string? caption)
    {
        var file = "file-" + messageId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        JsonNode media = kind switch
        {
            "sticker" => new JsonObject { ["file_id"] = file, ["file_unique_id"] = file, ["type"] = "regular", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false },
            "photo" => new JsonArray(new JsonObject { ["file_id"] = file, ["file_unique_id"] = file, ["width"] = 90, ["height"] = 90 }),
            "voice" => new JsonObject { ["file_id"] = file, ["file_unique_id"] = file, ["duration"] = 3 },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "sticker, photo or voice"),
        };
        var json = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = User(user),
            ["chat"] = PrivateChat(user),
            ["date"] = UnixSeconds(date),
            [kind] = media,
        };
        if (caption is not null)
        {
            json["caption"] = caption;
        }

        return json;
    }
}

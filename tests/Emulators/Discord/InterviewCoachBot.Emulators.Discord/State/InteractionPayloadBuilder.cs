using System.Globalization;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Discord.Infrastructure;

namespace InterviewCoachBot.Emulators.Discord.State;

/// <summary>Builds INTERACTION_CREATE payloads shaped like Discord's (docs: receiving-and-responding, application-commands).</summary>
internal sealed class InteractionPayloadBuilder(EmulatorContext context)
{
    private const string AppPermissions = "2248473465835073";

    public (JsonObject Payload, InteractionRecord Record) Build(UserSpec user, int type, JsonObject? data, string? guildId, JsonNode? message)
    {
        var id = context.Ids.Next();
        var token = SnowflakeGenerator.Token();
        var channelId = guildId is null ? context.Channels.DmChannelFor(user.Id) : context.Channels.GuildChannelFor(guildId);
        var userObject = UserObject(user);
        var payload = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = context.ApplicationId,
            ["type"] = type,
            ["token"] = token,
            ["version"] = 1,
            ["channel_id"] = channelId,
            ["channel"] = new JsonObject
            {
                ["id"] = channelId,
                ["type"] = guildId is null ? 1 : 0,
                ["flags"] = 0,
            },
            ["app_permissions"] = AppPermissions,
            ["locale"] = user.Locale,
            ["entitlements"] = new JsonArray(),
            ["attachment_size_limit"] = 10_485_760,
            ["context"] = guildId is null ? 1 : 0,
            ["authorizing_integration_owners"] = guildId is null
                ? new JsonObject { ["1"] = user.Id }
                : new JsonObject { ["0"] = guildId },
        };
        if (data is not null)
        {
            payload["data"] = data;
        }

        if (guildId is null)
        {
            payload["user"] = userObject;
        }
        else
        {
            payload["guild_id"] = guildId;
            payload["guild_locale"] = "en-US";
            payload["guild"] = new JsonObject { ["id"] = guildId, ["locale"] = "en-US", ["features"] = new JsonArray() };
            payload["member"] = new JsonObject
            {
                ["user"] = userObject,
                ["roles"] = new JsonArray(),
                ["permissions"] = AppPermissions,
                ["joined_at"] = context.Now.AddDays(-30).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
                ["nick"] = null,
                ["deaf"] = false,
                ["mute"] = false,
                ["flags"] = 0,
                ["pending"] = false,
            };
        }

        string? sourceMessageId = null;
        if (message is not null)
        {
            payload["message"] = message;
            sourceMessageId = message["id"]?.GetValue<string>();
        }

        var record = new InteractionRecord(id, token, type, user.Id, channelId, guildId, context.Now) { SourceMessageId = sourceMessageId, UserInstallOnly = guildId is null };
        return (payload, record);
    }

    public static JsonObject UserObject(UserSpec user) => new()
    {
        ["id"] = user.Id,
        ["username"] = user.Username,
        ["global_name"] = user.GlobalName,
        ["discriminator"] = "0",
        ["avatar"] = null,
        ["public_flags"] = 0,
    };

    /// <summary>Maps a CLR value to a command option object (string 3, integer 4, boolean 5, number 10).</summary>
    public static JsonObject Option(string name, object? value, bool focused = false)
    {
        var (type, node) = value switch
        {
            bool b => (5, (JsonNode?)JsonValue.Create(b)),
            int i => (4, JsonValue.Create(i)),
            long l => (4, JsonValue.Create(l)),
            double d => (10, JsonValue.Create(d)),
            float f => (10, JsonValue.Create(f)),
            decimal m => (10, JsonValue.Create(m)),
            null => (3, JsonValue.Create(string.Empty)),
            _ => (3, JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture))),
        };
        var option = new JsonObject { ["name"] = name, ["type"] = type, ["value"] = focused ? JsonValue.Create(node?.ToString()) : node };
        if (focused)
        {
            option["focused"] = true;
        }

        return option;
    }
}

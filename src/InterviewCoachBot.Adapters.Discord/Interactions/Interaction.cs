using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewCoachBot.Adapters.Discord.Interactions;

/// <summary>The parts of an <c>INTERACTION_CREATE</c> the adapter uses.</summary>
/// <param name="Type">2 command, 3 component, 4 autocomplete, 5 modal submit.</param>
/// <param name="UserId"><c>member.user.id</c> in guilds, <c>user.id</c> in DMs.</param>
/// <param name="Context">0 guild, 1 DM with the bot, 2 private channel.</param>
/// <param name="DisplayName">The user's <c>global_name</c> (their display name), when they set one.</param>
internal sealed record Interaction(
    string Id, string Token, int Type, string ChannelId, string? GuildId, string UserId, int Context, JsonElement Data, string? DisplayName)
{
    public const int Command = 2;
    public const int Component = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;
    public const int BotDmContext = 1;
    private const int StringSelect = 3;
    private const long DiscordEpochMs = 1420070400000;

    /// <summary>Answers are ephemeral wherever anyone else could read them: everywhere but the DM with the bot.</summary>
    public bool Ephemeral => Context != BotDmContext;

    /// <summary>Follow-ups Discord allows when <see cref="UserInstallOnly"/> (more get error 40094).</summary>
    public const int UserInstallFollowUps = 5;

    public string? CustomId => Text(Data, "custom_id");

    /// <summary>
    /// The custom id a component interaction acts as: a button's own, or for a string select (<c>component_type</c> 3)
    /// the chosen option's value, which in our menus is the custom id of the button it stands for.
    /// </summary>
    public string? PressedId =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty("component_type", out var kind) && kind.ValueKind == JsonValueKind.Number
        && kind.TryGetInt32(out var componentType) && componentType == StringSelect
            ? FirstValue()
            : CustomId;

    /// <summary>
    /// <c>authorizing_integration_owners</c> names only the user install (no <c>"0"</c>): the app is used where it is not
    /// installed, and Discord allows <see cref="UserInstallFollowUps"/> follow-ups (receiving-and-responding.mdx).
    /// </summary>
    public bool UserInstallOnly { get; init; }

    /// <summary>When Discord created the interaction: the snowflake id's top bits are ms since 2015-01-01 (reference.mdx, Snowflakes).</summary>
    public DateTimeOffset? CreatedAt => ulong.TryParse(Id, NumberStyles.None, CultureInfo.InvariantCulture, out var snowflake)
        ? DateTimeOffset.FromUnixTimeMilliseconds((long)(snowflake >> 22) + DiscordEpochMs)
        : null;

    public static Interaction? TryParse(JsonElement d)
    {
        if (d.ValueKind != JsonValueKind.Object
            || Text(d, "id") is not { } id || Text(d, "token") is not { } token
            || !d.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.Number || !type.TryGetInt32(out var kind))
        {
            return null;
        }

        var user = d.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.Object && member.TryGetProperty("user", out var memberUser)
            ? memberUser
            : d.TryGetProperty("user", out var dmUser) ? dmUser : default;
        var guildId = Text(d, "guild_id");
        var channelId = Text(d, "channel_id") ?? (d.TryGetProperty("channel", out var channel) ? Text(channel, "id") : null);
        if (Text(user, "id") is not { } userId || channelId is null)
        {
            return null;
        }

        var context = d.TryGetProperty("context", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var given)
            ? given
            : guildId is null ? BotDmContext : 0;
        var data = d.TryGetProperty("data", out var value) ? value : default;
        var owners = d.TryGetProperty("authorizing_integration_owners", out var o) ? o : default;
        return new Interaction(id, token, kind, channelId, guildId, userId, context, data, Text(user, "global_name"))
        {
            UserInstallOnly = owners.ValueKind == JsonValueKind.Object && !owners.TryGetProperty("0", out _),
        };
    }

    /// <summary>
    /// The interaction without <see cref="Data"/>, in the shape <see cref="TryParse"/> reads: kept with a deferred message
    /// so its answer can still go through the interaction token (valid 15 minutes), also after a restart.
    /// </summary>
    public string ToContext()
    {
        var context = new JsonObject
        {
            ["id"] = Id,
            ["token"] = Token,
            ["type"] = Type,
            ["channel_id"] = ChannelId,
            ["user"] = new JsonObject { ["id"] = UserId, ["global_name"] = DisplayName },
            ["context"] = Context,
            ["authorizing_integration_owners"] = UserInstallOnly ? new JsonObject { ["1"] = UserId } : new JsonObject { ["0"] = GuildId ?? "0" },
        };
        if (GuildId is not null)
        {
            context["guild_id"] = GuildId;
        }

        return context.ToJsonString();
    }

    /// <summary>Leaves out <see cref="Token"/> (a credential for 15 minutes), <see cref="Data"/> (what the user typed) and <see cref="DisplayName"/>.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id)
            .Append(", Type = ").Append(Type)
            .Append(", ChannelId = ").Append(ChannelId)
            .Append(", GuildId = ").Append(GuildId)
            .Append(", UserId = ").Append(UserId)
            .Append(", Context = ").Append(Context)
            .Append(", UserInstallOnly = ").Append(UserInstallOnly);
        return true;
    }

    private string? FirstValue() =>
        Data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0
            ? Text(values[0])
            : null;

    /// <summary>A string property, or null when the element is no object or the property is missing or not a string.</summary>
    internal static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? Text(value) : null;

    /// <summary>A string value, or null when it is not a string or not valid Unicode (bad UTF-8, a lone surrogate escape).</summary>
    internal static string? Text(JsonElement value)
    {
        try
        {
            return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}

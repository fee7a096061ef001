using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Discord.Infrastructure;
using InterviewCoachBot.Emulators.Discord.State;

namespace InterviewCoachBot.Emulators.Discord;

/// <summary>Test side: act as users by dispatching INTERACTION_CREATE on the bot's gateway session.</summary>
public sealed partial class DiscordEmulator
{
    /// <summary>A slash command (type 2). <paramref name="guildId"/> null means a DM with the bot (channel type 1, context 1).</summary>
    public Task<InteractionHandle> SendSlashCommandAsync(
        UserSpec user, string name, IReadOnlyDictionary<string, object?> options, string? subcommand = null, string? guildId = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var list = new JsonArray([.. options.Select(o => (JsonNode)InteractionPayloadBuilder.Option(o.Key, o.Value))]);
        return SendCommandLikeAsync(user, 2, name, list, subcommand, guildId);
    }

    /// <summary>An autocomplete request (type 4): <paramref name="focusedOption"/> carries the partial text and <c>focused: true</c>.</summary>
    public Task<InteractionHandle> AutocompleteAsync(
        UserSpec user, string name, IReadOnlyDictionary<string, object?> options, string focusedOption, string? subcommand = null, string? guildId = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var list = new JsonArray([.. options.Select(o => (JsonNode)InteractionPayloadBuilder.Option(o.Key, o.Value, o.Key == focusedOption))]);
        return SendCommandLikeAsync(user, 4, name, list, subcommand, guildId);
    }

    /// <summary>
    /// A button press (type 3, component_type 2). Without <paramref name="messageId"/> the newest bot message carrying
    /// <paramref name="customId"/> is used as <c>message</c>; if none, a stub message.
    /// </summary>
    public Task<InteractionHandle> PressButtonAsync(UserSpec user, string customId, string? messageId = null, string? guildId = null)
    {
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        return ComponentAsync(user, customId, data, messageId, guildId);
    }

    /// <summary>
    /// A choice in a string select menu (type 3, component_type 3, <c>values</c>): the menu's custom id and the chosen
    /// options' values. Without <paramref name="messageId"/> the newest bot message carrying the menu is used as <c>message</c>.
    /// </summary>
    public Task<InteractionHandle> SelectAsync(UserSpec user, string menuCustomId, IReadOnlyList<string> values, string? messageId = null, string? guildId = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var data = new JsonObject
        {
            ["custom_id"] = menuCustomId,
            ["component_type"] = 3,
            ["values"] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]),
        };
        return ComponentAsync(user, menuCustomId, data, messageId, guildId);
    }

    /// <summary>A modal submit (type 5) with one action row per text input (type 4) field.</summary>
    public Task<InteractionHandle> SubmitModalAsync(UserSpec user, string customId, IReadOnlyDictionary<string, string> fields, string? guildId = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var rows = new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject
        {
            ["type"] = 1,
            ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = f.Key, ["value"] = f.Value }),
        })]);
        return DispatchAsync(user, 5, new JsonObject { ["custom_id"] = customId, ["components"] = rows }, guildId, null);
    }

    /// <summary>Sends any dispatch (op 0) on the current session, e.g. to test unknown events.</summary>
    public Task DispatchRawAsync(string eventName, JsonNode data)
    {
        _context.Gateway.Dispatch(eventName, data);
        return Task.CompletedTask;
    }

    private Task<InteractionHandle> ComponentAsync(UserSpec user, string customId, JsonObject data, string? messageId, string? guildId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var source = messageId is not null
            ? _context.Messages.Get(messageId)
            : _context.Messages.All().LastOrDefault(m => m.CustomIds.Contains(customId));
        JsonNode message = source is not null
            ? JsonWalk.ToNode(source.Message)!
            : new JsonObject { ["id"] = messageId ?? _context.Ids.Next(), ["type"] = 0, ["content"] = string.Empty, ["components"] = new JsonArray() };
        return DispatchAsync(user, 3, data, guildId, message);
    }

    private Task<InteractionHandle> SendCommandLikeAsync(
        UserSpec user, int type, string name, JsonArray options, string? subcommand, string? guildId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (subcommand is not null)
        {
            options = [new JsonObject { ["name"] = subcommand, ["type"] = 1, ["options"] = options }];
        }

        var data = new JsonObject
        {
            ["id"] = _context.Commands.IdOf(name) ?? _context.Ids.Next(),
            ["name"] = name,
            ["type"] = 1,
            ["options"] = options,
        };
        return DispatchAsync(user, type, data, guildId, null);
    }

    private Task<InteractionHandle> DispatchAsync(UserSpec user, int type, JsonObject data, string? guildId, JsonNode? message)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (payload, record) = new InteractionPayloadBuilder(_context).Build(user, type, data, guildId, message);
        _context.Interactions.Add(record);
        _context.Gateway.Dispatch("INTERACTION_CREATE", payload);
        return Task.FromResult(new InteractionHandle(_context.Interactions, record.Id, record.Token, type));
    }
}

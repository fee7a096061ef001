using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Discord.Infrastructure;

namespace InterviewCoachBot.Emulators.Discord.State;

/// <summary>Global application commands as set by bulk overwrite (ids kept per name + type, like Discord).</summary>
internal sealed class CommandStore(string applicationId, SnowflakeGenerator ids, StateSignal signal)
{
    private readonly Lock _lock = new();
    private List<JsonObject> _commands = [];
    private int _overwrites;

    public int OverwriteCount
    {
        get
        {
            lock (_lock)
            {
                return _overwrites;
            }
        }
    }

    public JsonArray BulkOverwrite(JsonElement body)
    {
        lock (_lock)
        {
            var next = new List<JsonObject>();
            foreach (var item in body.EnumerateArray())
            {
                var command = (JsonObject)JsonNode.Parse(item.GetRawText())!;
                var name = command["name"]!.GetValue<string>();
                var type = command["type"]?.GetValue<int>() ?? 1;
                var existing = _commands.FirstOrDefault(c =>
                    c["name"]!.GetValue<string>() == name && c["type"]!.GetValue<int>() == type);
                command["id"] = existing?["id"]?.GetValue<string>() ?? ids.Next();
                command["application_id"] = applicationId;
                command["version"] = ids.Next();
                command["type"] = type;
                command["description"] ??= string.Empty;
                command["default_member_permissions"] ??= null;
                command["nsfw"] ??= false;
                next.Add(command);
            }

            _commands = next;
            _overwrites++;
            var result = List();
            signal.Pulse();
            return result;
        }
    }

    public JsonArray List()
    {
        lock (_lock)
        {
            return [.. _commands.Select(c => c.DeepClone())];
        }
    }

    public IReadOnlyList<JsonElement> Snapshot()
    {
        lock (_lock)
        {
            return [.. _commands.Select(c => JsonWalk.ToElement(c))];
        }
    }

    public string? IdOf(string name)
    {
        lock (_lock)
        {
            return _commands.FirstOrDefault(c => c["name"]!.GetValue<string>() == name)?["id"]?.GetValue<string>();
        }
    }
}

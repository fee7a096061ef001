using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Testing;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace InterviewCoachBot.Adapters.Telegram.Tests.Hostile;

/// <summary>
/// Update JSON of every shape (fields missing, of the wrong type, odd chat types, bots, any text) read by Telegram.Bot and
/// mapped: the mapper never throws, ignores what is not a user's private text, and passes text on unchanged.
/// </summary>
public sealed class UpdateMapperPropertyTests
{
    // Nodes are made anew for every sample: a JSON node can only have one parent.
    private static readonly Gen<JsonNode?> Id = Gen.Frequency(
        (6, Gen.Long[-1_000_000_000_000, 1_000_000_000_000].Select(id => (JsonNode?)id)),
        (1, Gen.Int[0, 5].Select(odd => odd switch
        {
            0 => null,
            1 => (JsonNode?)"7",
            2 => 1.5,
            3 => true,
            4 => long.MinValue,
            _ => new JsonObject(),
        })));

    private static readonly Gen<JsonNode?> ChatType = Gen.OneOf("private", "private", "private", "group", "supergroup", "channel", "sender", "PRIVATE", "", null)
        .Select(type => (JsonNode?)type);

    private static readonly Gen<JsonNode?> TextValue = Gen.Frequency(
        (8, HostileText.Any(limit: 4096).Select(text => (JsonNode?)text)),
        (1, Gen.Int[0, 2].Select(odd => odd switch
        {
            0 => (JsonNode?)42,
            1 => new JsonArray(),
            _ => null,
        })));

    private static readonly Gen<JsonObject> Update = Gen.Select(Id, Id, ChatType, TextValue, Gen.Bool, Gen.Int[0, 31], (updateId, userId, chatType, text, isBot, omit) =>
    {
        var message = new JsonObject
        {
            ["message_id"] = 1,
            ["date"] = 1_764_000_000,
            ["chat"] = new JsonObject { ["id"] = userId, ["type"] = chatType },
            ["from"] = new JsonObject { ["id"] = userId?.DeepClone(), ["is_bot"] = isBot, ["first_name"] = "Ann" },
            ["text"] = text,
        };
        foreach (var (bit, field) in new[] { (1, "chat"), (2, "from"), (4, "text"), (8, "date") })
        {
            if ((omit & bit) != 0)
            {
                message.Remove(field);
            }
        }

        return new JsonObject { ["update_id"] = updateId, [(omit & 16) != 0 ? "edited_message" : "message"] = message };
    });

    [Fact]
    public void FromMessage_AnyUpdateJson_NeverThrowsAndPassesTextOnUnchanged()
    {
        Update.Sample(json =>
        {
            Update? update;
            try
            {
                update = JsonSerializer.Deserialize<Update>(json.ToJsonString(), JsonBotAPI.Options);
            }
            catch (JsonException)
            {
                return; // Telegram.Bot refuses it before the adapter sees it.
            }

            if (update is null || UpdateMapper.FromMessage(update) is not { } inbound)
            {
                return;
            }

            var message = update.Message!;
            Assert.Equal(update.Id.ToString(CultureInfo.InvariantCulture), inbound.DedupeKey);
            Assert.Equal(message.From!.Id.ToString(CultureInfo.InvariantCulture), inbound.User.ExternalId);
            Assert.False(message.From.IsBot);
            if (message.Text!.StartsWith('/'))
            {
                Assert.IsType<CommandInput>(inbound.Content);
            }
            else
            {
                Assert.Equal(new TextInput(message.Text), inbound.Content);
            }
        }, iter: 3000);
    }
}

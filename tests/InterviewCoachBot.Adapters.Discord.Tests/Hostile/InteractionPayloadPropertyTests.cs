using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using InterviewCoachBot.Adapters.Discord.Interactions;
using InterviewCoachBot.Testing;

namespace InterviewCoachBot.Adapters.Discord.Tests.Hostile;

/// <summary>
/// <c>INTERACTION_CREATE</c> payloads of every shape (fields missing, of the wrong type, out of range, nested oddly): reading
/// them never throws, so one odd payload can neither stop the gateway loop nor leave a user without an answer.
/// </summary>
public sealed class InteractionPayloadPropertyTests
{
    private static readonly string[] Keys =
    [
        "id", "token", "type", "member", "user", "guild_id", "channel_id", "channel", "context", "data", "custom_id", "name",
        "options", "value", "focused", "components", "component",
    ];

    private static readonly Gen<JsonNode?> Scalar = Gen.Int[0, 11].SelectMany(kind => kind switch
    {
        0 => Gen.Const(() => (JsonNode?)null),
        1 => Gen.Bool.Select(b => (JsonNode?)b),
        2 => Gen.Int[-5, 10].Select(n => (JsonNode?)n),
        3 => Gen.OneOf(1.5, 1e30, -0.0, 2147483648.0, 9.2233720368547758E+18).Select(n => (JsonNode?)n),
        4 => Gen.Long.Select(n => (JsonNode?)n),
        5 => Gen.OneOf("text", "1", "answer", "4001:answer", "4001:=email", "interview", "details").Select(s => (JsonNode?)s),
        _ => HostileText.Short().Select(s => (JsonNode?)s),
    });

    /// <summary>Any JSON value, objects keyed mostly by the names the adapter looks for.</summary>
    private static Gen<JsonNode?> Value(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (2, Gen.Select(Gen.OneOf(Keys), Gen.Int[0, 0].SelectMany(_ => Value(depth - 1))).Array[0, 5].Select(Object)),
            (1, Gen.Int[0, 0].SelectMany(_ => Value(depth - 1)).Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items]))));

    /// <summary>Mostly well-formed interactions with one or more fields replaced by something odd.</summary>
    private static readonly Gen<JsonObject> Payload = Gen.Select(
        Gen.Int[0, 255], Value(1), Value(1), Value(3), Gen.Int[1, 5], Gen.Bool,
        (odd, oddValue, oddContext, data, type, inGuild) =>
        {
            var payload = new JsonObject
            {
                ["id"] = "1300000000000000001",
                ["token"] = "token",
                ["type"] = type,
                ["channel_id"] = "1200000000000000001",
                ["data"] = data,
            };
            var user = new JsonObject { ["id"] = "4001" };
            payload[inGuild ? "member" : "user"] = inGuild ? new JsonObject { ["user"] = user } : user;
            if (inGuild)
            {
                payload["guild_id"] = "1000000000000000001";
            }

            foreach (var (bit, key) in new[] { (1, "id"), (2, "token"), (4, "type"), (8, "channel_id"), (16, "member"), (32, "user") })
            {
                if ((odd & bit) != 0)
                {
                    payload[key] = oddValue?.DeepClone();
                }
            }

            if ((odd & 64) != 0)
            {
                payload["context"] = oddContext;
            }

            return payload;
        });

    [Fact]
    public void Read_AnyInteractionPayload_NeverThrows()
    {
        Payload.Sample(json =>
        {
            using var document = JsonDocument.Parse(json.ToJsonString());

            if (Interaction.TryParse(document.RootElement) is { } interaction)
            {
                _ = interaction.CustomId;
                _ = CommandOptions.Name(interaction.Data);
                _ = CommandOptions.Arguments(interaction.Data);
                _ = CommandOptions.Focused(interaction.Data);
                _ = ModalForm.SubmittedText(interaction.Data);
            }
        }, iter: 5000);
    }

    [Theory]
    [InlineData("""{"id":"1","token":"t","type":2.5,"channel_id":"2","user":{"id":"3"}}""")]
    [InlineData("""{"id":"1","token":"t","type":3000000000,"channel_id":"2","user":{"id":"3"}}""")]
    [InlineData("""{"id":"1","token":"t","type":3,"context":1.5,"channel_id":"2","user":{"id":"3"}}""")]
    [InlineData("""{"id":"1","token":"t","type":3,"channel_id":"2","user":{"id":"3"},"data":{"custom_id":{}}}""")]
    [InlineData("""{"id":"1","token":"t","type":2,"channel_id":"2","user":{"id":"3"},"data":{"name":5,"options":[1,{"name":[],"value":1,"focused":true}]}}""")]
    [InlineData("""{"id":"1","token":"t","type":5,"channel_id":"2","user":{"id":"3"},"data":{"components":[{"custom_id":7,"value":"x"}]}}""")]
    public void Read_OddPayloadsFoundByTheProperty_NeverThrow(string json)
    {
        using var document = JsonDocument.Parse(json);

        var interaction = Interaction.TryParse(document.RootElement);

        if (interaction is not null)
        {
            Assert.Null(interaction.CustomId);
            Assert.Null(ModalForm.SubmittedText(interaction.Data));
            Assert.Equal(string.Empty, CommandOptions.Name(interaction.Data));
            Assert.Equal(string.Empty, CommandOptions.Arguments(interaction.Data));
            _ = CommandOptions.Focused(interaction.Data);
        }
    }

    /// <summary>Inputs found by fuzzing (fuzz/run.sh discord-interaction): strings and names that are not valid Unicode.</summary>
    [Theory]
    [InlineData("""{"id":"1","token":"t","type":3,"channel_id":"2","user":{"id":"4\xC0\x80"},"data":{"custom_id":"4001:=email"}}""")]
    [InlineData("""{"id":"1","token":"t","type":3,"channel_id":"2","user":{"id":"4001"},"data":{"custom_id":"\ud800"}}""")]
    [InlineData("""{"id":"1","token":"t","type":5,"channel_id":"2","user":{"id":"4001"},"data":{"c\xF3mponents":[],"custom_id":"4001:answer"}}""")]
    [InlineData("""{"id":"1","token":"t","type":5,"channel_id":"2","user":{"id":"4001"},"data":{"components":[{"custom_id":"text","value":"\x82"}]}}""")]
    [InlineData("""{"id":"1","token":"t","type":2,"channel_id":"2","user":{"id":"4001"},"data":{"name":"edit","options":[{"name":"details","value":"a\xFFb"}]}}""")]
    public void Read_InvalidUnicodeFoundByFuzzing_NeverThrows(string json)
    {
        // \xNN stands for one raw byte, so that the JSON can carry bytes that are not UTF-8.
        var bytes = System.Text.RegularExpressions.Regex.Split(json, @"(\\x[0-9A-F]{2})")
            .SelectMany(part => part.StartsWith("\\x", StringComparison.Ordinal)
                ? [Convert.ToByte(part[2..], 16)]
                : System.Text.Encoding.UTF8.GetBytes(part))
            .ToArray();
        using var document = JsonDocument.Parse(bytes);

        var interaction = Interaction.TryParse(document.RootElement);

        if (interaction is not null)
        {
            _ = interaction.CustomId;
            _ = ModalForm.SubmittedText(interaction.Data);
            _ = CommandOptions.Arguments(interaction.Data);
            _ = CommandOptions.Focused(interaction.Data);
        }
    }

    private static JsonNode? Object((string Key, JsonNode? Value)[] properties)
    {
        var result = new JsonObject();
        foreach (var (key, value) in properties)
        {
            result[key] = value;
        }

        return result;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Discord.Infrastructure;
using InterviewCoachBot.Emulators.Discord.State;
using InterviewCoachBot.Emulators.Discord.Validation;

namespace InterviewCoachBot.Emulators.Discord.Rest.Handlers;

/// <summary><c>POST /interactions/{id}/{token}/callback</c>: once per interaction, within the ack window.</summary>
internal sealed class InteractionRoutes(EmulatorContext context, MessageFactory factory)
{
    private const int LoadingFlag = 1 << 7;

    public RestResult Callback(RestCall call)
    {
        var body = call.Body!.Value;
        var type = JsonWalk.GetInt(body, "type") ?? -1;
        var data = body.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        if (type == 4 && MessageRules.IsEmpty(data, call.Files.Count))
        {
            return DiscordErrors.EmptyMessage();
        }

        string? messageId = null;
        var outcome = context.Interactions.Acknowledge(call["interaction_id"], call["interaction_token"], type, body,
            r => messageId = ApplyCallback(r, type, data, call.Files), out var record);
        switch (outcome)
        {
            case AckOutcome.Unknown:
            case AckOutcome.Expired:
                return DiscordErrors.UnknownInteraction();
            case AckOutcome.AlreadyAcknowledged:
                return DiscordErrors.AlreadyAcknowledged();
            case AckOutcome.InvalidType:
                return DiscordErrors.InvalidFormBody([new ValidationError(["type"], "INTERACTION_RESPONSE_TYPE_INVALID",
                    $"Interaction response type {type} is not valid for this interaction.")]);
            default:
                break;
        }

        if (call.Query["with_response"] != "true")
        {
            return RestResult.NoContent();
        }

        var resource = new JsonObject { ["type"] = type };
        if (messageId is not null && context.Messages.Get(messageId) is { } message)
        {
            resource["message"] = JsonWalk.ToNode(message.Message);
        }

        return RestResult.Json(new JsonObject
        {
            ["interaction"] = new JsonObject
            {
                ["id"] = record!.Id,
                ["type"] = record.Type,
                ["response_message_id"] = messageId,
                ["response_message_loading"] = type == 5,
                ["response_message_ephemeral"] = data.ValueKind == JsonValueKind.Object && ((JsonWalk.GetInt(data, "flags") ?? 0) & 64) != 0,
            },
            ["resource"] = resource,
        });
    }

    /// <summary>Creates or updates the message the callback implies; returns its id. Runs under the interaction store's lock.</summary>
    private string? ApplyCallback(InteractionRecord record, int type, JsonElement data, IReadOnlyList<UploadedFile> files)
    {
        SentMessage? message = null;
        switch (type)
        {
            case 4:
                message = factory.Create(record.ChannelId, data, MessageOrigin.InteractionResponse, record.Id, DmRecipient(record), files);
                context.Messages.Add(message);
                break;
            case 5:
                var flags = (data.ValueKind == JsonValueKind.Object ? JsonWalk.GetInt(data, "flags") ?? 0 : 0) | LoadingFlag;
                var placeholder = JsonWalk.ToElement(new JsonObject { ["flags"] = flags });
                message = factory.Create(record.ChannelId, placeholder, MessageOrigin.InteractionResponse, record.Id, DmRecipient(record));
                context.Messages.Add(message);
                break;
            case 6:
            case 7:
                if (record.SourceMessageId is not null && context.Messages.Get(record.SourceMessageId) is { } source)
                {
                    message = type == 7 && data.ValueKind == JsonValueKind.Object ? factory.Edit(source, data, files) : source;
                    context.Messages.Replace(message);
                }

                break;
            default:
                break;
        }

        return message?.Id;
    }

    private static string? DmRecipient(InteractionRecord record) => record.GuildId is null ? record.UserId : null;
}

using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Discord.Infrastructure;
using InterviewCoachBot.Emulators.Discord.Validation;

namespace InterviewCoachBot.Emulators.Discord.Rest.Handlers;

/// <summary>DM channels and channel messages (the nudge path).</summary>
internal sealed class ChannelRoutes(EmulatorContext context, MessageFactory factory)
{
    public RestResult CreateDm(RestCall call)
    {
        var recipient = call.Body is { } body ? JsonWalk.GetString(body, "recipient_id") : null;
        if (recipient is null)
        {
            return DiscordErrors.InvalidFormBody([new ValidationError(["recipient_id"], "BASE_TYPE_REQUIRED", "This field is required")]);
        }

        if (context.Options.DmOpenLimit is { } limit && context.Channels.ExistingDmChannelFor(recipient) is null
            && !context.Channels.TryCountNewDm(context.Now, limit))
        {
            return DiscordErrors.Error(403, 40003, "You are opening direct messages too fast.");
        }

        var channelId = context.Channels.DmChannelFor(recipient);
        context.Signal.Pulse();
        return RestResult.Json(new JsonObject
        {
            ["id"] = channelId,
            ["type"] = 1,
            ["last_message_id"] = null,
            ["flags"] = 0,
            ["recipients"] = new JsonArray(new JsonObject
            {
                ["id"] = recipient,
                ["username"] = "user" + recipient,
                ["discriminator"] = "0",
                ["global_name"] = null,
                ["avatar"] = null,
            }),
        });
    }

    public RestResult CreateMessage(RestCall call)
    {
        var channelId = call["channel_id"];
        if (!context.Channels.IsKnown(channelId))
        {
            return DiscordErrors.UnknownChannel();
        }

        var recipient = context.Channels.RecipientOf(channelId);
        if (recipient is not null && context.Channels.UnreachableFault(recipient) is { } fault)
        {
            return FaultResponder.ToResult(fault, []);
        }

        var body = call.Body!.Value;
        if (MessageRules.IsEmpty(body, call.Files.Count))
        {
            return DiscordErrors.EmptyMessage();
        }

        var nonce = body.TryGetProperty("nonce", out var n) && n.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (n.ValueKind == JsonValueKind.String ? n.GetString()! : n.GetRawText())
            : null;
        var enforce = body.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        if (nonce is not null && enforce && context.Messages.FindByNonce(channelId, nonce) is { } existing)
        {
            return RestResult.Json(JsonWalk.ToNode(existing.Message)!);
        }

        var message = factory.Create(channelId, body, MessageOrigin.ChannelMessage, null, recipient, call.Files);
        context.Messages.Add(message, nonce);
        return RestResult.Json(JsonWalk.ToNode(message.Message)!);
    }

    public RestResult EditMessage(RestCall call)
    {
        var existing = context.Messages.Get(call["message_id"]);
        if (existing is null || existing.ChannelId != call["channel_id"])
        {
            return DiscordErrors.UnknownMessage();
        }

        var edited = factory.Edit(existing, call.Body!.Value, call.Files);
        context.Messages.Replace(edited);
        return RestResult.Json(JsonWalk.ToNode(edited.Message)!);
    }
}

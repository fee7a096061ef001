using System.Text.Json;
using InterviewCoachBot.Emulators.Discord.Infrastructure;
using InterviewCoachBot.Emulators.Discord.State;
using InterviewCoachBot.Emulators.Discord.Validation;

namespace InterviewCoachBot.Emulators.Discord.Rest.Handlers;

/// <summary>Interaction webhooks: edit @original, follow-ups and follow-up edits (valid for the token lifetime).</summary>
internal sealed class WebhookRoutes(EmulatorContext context, MessageFactory factory)
{
    /// <summary>receiving-and-responding.mdx: 5 follow-ups for a user-installed app not installed where it was used.</summary>
    private const int UserInstallFollowUps = 5;

    public RestResult EditOriginal(RestCall call)
    {
        if (Resolve(call, out var record) is { } error)
        {
            return error;
        }

        if (record!.OriginalMessageId is null || context.Messages.Get(record.OriginalMessageId) is not { } original)
        {
            return DiscordErrors.UnknownMessage();
        }

        var body = call.Body!.Value;
        var edited = factory.Edit(original, WithoutLoadingFlag(original, body), call.Files);
        context.Messages.Replace(edited);
        context.Interactions.Update(() => record.OriginalEdits.Add(body));
        return RestResult.Json(JsonWalk.ToNode(edited.Message)!);
    }

    public RestResult FollowUp(RestCall call)
    {
        if (Resolve(call, out var record) is { } error)
        {
            return error;
        }

        var body = call.Body!.Value;
        if (MessageRules.IsEmpty(body, call.Files.Count))
        {
            return DiscordErrors.EmptyMessage();
        }

        if (record!.UserInstallOnly && record.FollowUpIds.Count >= UserInstallFollowUps)
        {
            return DiscordErrors.Error(400, 40094, "This interaction has hit the maximum number of follow up messages");
        }

        var message = factory.Create(
            record.ChannelId, body, MessageOrigin.FollowUp, record.Id, record.GuildId is null ? record.UserId : null, call.Files);
        context.Messages.Add(message);
        context.Interactions.Update(() => record.FollowUpIds.Add(message.Id));
        return RestResult.Json(JsonWalk.ToNode(message.Message)!);
    }

    public RestResult EditFollowUp(RestCall call)
    {
        if (Resolve(call, out var record) is { } error)
        {
            return error;
        }

        var id = call["message_id"];
        if (context.Messages.Get(id) is not { } existing || existing.InteractionId != record!.Id)
        {
            return DiscordErrors.UnknownMessage();
        }

        var edited = factory.Edit(existing, call.Body!.Value, call.Files);
        context.Messages.Replace(edited);
        context.Interactions.Update(() => { });
        return RestResult.Json(JsonWalk.ToNode(edited.Message)!);
    }

    private RestResult? Resolve(RestCall call, out InteractionRecord? record)
    {
        record = null;
        if (call["application_id"] != context.ApplicationId)
        {
            return DiscordErrors.UnknownWebhook();
        }

        record = context.Interactions.ByToken(call["interaction_token"], out var expired);
        if (record is null || record.CallbackType is null)
        {
            return DiscordErrors.UnknownWebhook();
        }

        return expired ? DiscordErrors.InvalidWebhookToken() : null;
    }

    /// <summary>Editing a deferred ("thinking") response clears the LOADING flag, as Discord does.</summary>
    private static JsonElement WithoutLoadingFlag(SentMessage original, JsonElement body)
    {
        if ((original.Flags & (1 << 7)) == 0 || (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("flags", out _)))
        {
            return body;
        }

        var node = (System.Text.Json.Nodes.JsonObject)JsonWalk.ToNode(body)!;
        node["flags"] = (int)(original.Flags & ~(1L << 7));
        return JsonWalk.ToElement(node);
    }
}

using InterviewCoachBot.Emulators.Discord.Rest.Handlers;

namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>The REST routes the bot uses, with their openapi.json operations, buckets and handlers.</summary>
internal static class RouteCatalog
{
    public static RouteTable Build(EmulatorContext context)
    {
        var messages = new MessageFactory(context);
        var gateway = new GatewayRoutes(context);
        var commands = new CommandRoutes(context);
        var interactions = new InteractionRoutes(context, messages);
        var webhooks = new WebhookRoutes(context, messages);
        var channels = new ChannelRoutes(context, messages);
        const string Webhook = "/webhooks/{webhook_id}/{webhook_token}";
        string[] webhookMajor = ["application_id", "interaction_token"];

        return new RouteTable(
        [
            new("GET", "/gateway", null, [], false, MessageLocation.None, gateway.GetGateway),
            new("GET", "/gateway/bot", null, [], true, MessageLocation.None, gateway.GetGatewayBot),
            new("PUT", "/applications/{application_id}/commands", "/applications/{application_id}/commands",
                ["application_id"], true, MessageLocation.None, commands.BulkOverwrite),
            new("GET", "/applications/{application_id}/commands", null, ["application_id"], true, MessageLocation.None, commands.List),
            new("POST", "/interactions/{interaction_id}/{interaction_token}/callback",
                "/interactions/{interaction_id}/{interaction_token}/callback",
                ["interaction_id"], false, MessageLocation.CallbackData, interactions.Callback),
            new("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/@original", Webhook + "/messages/@original",
                webhookMajor, false, MessageLocation.Body, webhooks.EditOriginal),
            new("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/{message_id}", Webhook + "/messages/{message_id}",
                webhookMajor, false, MessageLocation.Body, webhooks.EditFollowUp),
            new("POST", "/webhooks/{application_id}/{interaction_token}", Webhook,
                webhookMajor, false, MessageLocation.Body, webhooks.FollowUp),
            new("POST", "/users/@me/channels", "/users/@me/channels", [], true, MessageLocation.None, channels.CreateDm),
            new("POST", "/channels/{channel_id}/messages", "/channels/{channel_id}/messages",
                ["channel_id"], true, MessageLocation.Body, channels.CreateMessage),
            new("PATCH", "/channels/{channel_id}/messages/{message_id}", "/channels/{channel_id}/messages/{message_id}",
                ["channel_id"], true, MessageLocation.Body, channels.EditMessage),
        ]);
    }
}

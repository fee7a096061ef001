using System.Text.Json;

namespace InterviewCoachBot.Emulators.Discord.Rest.Handlers;

/// <summary>Global application commands: bulk overwrite and list.</summary>
internal sealed class CommandRoutes(EmulatorContext context)
{
    public RestResult BulkOverwrite(RestCall call)
    {
        if (call["application_id"] != context.ApplicationId)
        {
            return DiscordErrors.MissingAccess();
        }

        var body = call.Body is { ValueKind: JsonValueKind.Array } array ? array : JsonDocument.Parse("[]").RootElement;
        return RestResult.Json(context.Commands.BulkOverwrite(body));
    }

    public RestResult List(RestCall call) =>
        call["application_id"] != context.ApplicationId
            ? DiscordErrors.MissingAccess()
            : RestResult.Json(context.Commands.List());
}

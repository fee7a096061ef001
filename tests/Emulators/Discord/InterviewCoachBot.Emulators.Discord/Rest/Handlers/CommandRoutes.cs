using System.Globalization;
using System.Text.Json;
using InterviewCoachBot.Emulators.Discord.Validation;

namespace InterviewCoachBot.Emulators.Discord.Rest.Handlers;

/// <summary>Global application commands: bulk overwrite and list.</summary>
internal sealed class CommandRoutes(EmulatorContext context)
{
    private const int MaxDescription = 100;

    public RestResult BulkOverwrite(RestCall call)
    {
        if (call["application_id"] != context.ApplicationId)
        {
            return DiscordErrors.MissingAccess();
        }

        var body = call.Body is { ValueKind: JsonValueKind.Array } array ? array : JsonDocument.Parse("[]").RootElement;
        var errors = DescriptionErrors(body).ToList();
        return errors.Count > 0 ? DiscordErrors.InvalidFormBody(errors) : RestResult.Json(context.Commands.BulkOverwrite(body));
    }

    /// <summary>
    /// application-commands.mdx: a CHAT_INPUT command's description is 1–100 characters; one bad command fails the
    /// whole overwrite, so nothing is replaced.
    /// </summary>
    private static IEnumerable<ValidationError> DescriptionErrors(JsonElement commands)
    {
        var index = 0;
        foreach (var command in commands.EnumerateArray())
        {
            var chatInput = !command.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.Number || type.GetInt32() == 1;
            var length = command.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()!.Length : 0;
            if (chatInput && length is < 1 or > MaxDescription)
            {
                yield return new ValidationError(
                    [index.ToString(CultureInfo.InvariantCulture), "description"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }

            index++;
        }
    }

    public RestResult List(RestCall call) =>
        call["application_id"] != context.ApplicationId
            ? DiscordErrors.MissingAccess()
            : RestResult.Json(context.Commands.List());
}

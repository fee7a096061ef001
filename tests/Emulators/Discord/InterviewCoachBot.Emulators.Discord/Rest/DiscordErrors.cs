using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Discord.Validation;

namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>Discord's JSON error bodies (<c>{"code","message","errors"?}</c>).</summary>
internal static class DiscordErrors
{
    public const int InvalidFormBodyCode = 50035;

    public static RestResult Error(int status, int code, string message) =>
        new(status, new JsonObject { ["message"] = message, ["code"] = code });

    /// <summary>
    /// Cloudflare's temporary IP ban (error 1015) after too many invalid requests: 429 with an HTML page, no
    /// <c>X-RateLimit-*</c> headers and no <c>retry_after</c> (rate-limits.mdx, "Invalid Request Limit"; discord-api-docs#5810).
    /// </summary>
    public static RestResult CloudflareBan() => new(429, null, Html:
        "<!DOCTYPE html><html><head><title>Access denied | discord.com used Cloudflare to restrict access</title></head>"
        + "<body><h1>Error 1015</h1><h2>You are being rate limited</h2></body></html>");

    public static RestResult Unauthorized() => Error(401, 0, "401: Unauthorized");

    public static RestResult NotFound() => Error(404, 0, "404: Not Found");

    public static RestResult MethodNotAllowed() => Error(405, 0, "405: Method Not Allowed");

    public static RestResult InvalidJson() => Error(400, 50109, "The request body contains invalid JSON.");

    public static RestResult UnknownInteraction() => Error(404, 10062, "Unknown interaction");

    public static RestResult AlreadyAcknowledged() => Error(400, 40060, "Interaction has already been acknowledged.");

    public static RestResult UnknownWebhook() => Error(404, 10015, "Unknown Webhook");

    public static RestResult InvalidWebhookToken() => Error(401, 50027, "Invalid Webhook Token");

    public static RestResult UnknownMessage() => Error(404, 10008, "Unknown Message");

    public static RestResult UnknownChannel() => Error(404, 10003, "Unknown Channel");

    public static RestResult UnknownUser() => Error(404, 10013, "Unknown User");

    public static RestResult EmptyMessage() => Error(400, 50006, "Cannot send an empty message");

    public static RestResult EntityTooLarge() => Error(413, 40005, "Request entity too large");

    public static RestResult MissingAccess() => Error(403, 50001, "Missing Access");

    /// <summary>400 <c>{"code":50035,"message":"Invalid Form Body","errors":{field:{"_errors":[...]}}}</c>.</summary>
    public static RestResult InvalidFormBody(IEnumerable<ValidationError> errors)
    {
        var tree = new JsonObject();
        foreach (var error in errors)
        {
            var node = tree;
            foreach (var segment in error.Path)
            {
                if (node[segment] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[segment] = child;
                }

                node = child;
            }

            if (node["_errors"] is not JsonArray list)
            {
                list = [];
                node["_errors"] = list;
            }

            list.Add(new JsonObject { ["code"] = error.Code, ["message"] = error.Message });
        }

        return new(400, new JsonObject { ["code"] = InvalidFormBodyCode, ["errors"] = tree, ["message"] = "Invalid Form Body" });
    }

    public static RestResult RateLimited(double retryAfterSeconds, bool global, IReadOnlyDictionary<string, string> headers) =>
        new(429, new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = Math.Round(retryAfterSeconds, 3),
            ["global"] = global,
        }, headers);
}

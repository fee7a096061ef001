using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Internal;
using InterviewCoachBot.Emulators.Telegram.Updates;

namespace InterviewCoachBot.Emulators.Telegram.Methods;

/// <summary>getUpdates (offset confirmation, limit, long poll, allowed_updates) and the webhook switches.</summary>
internal static class UpdateMethods
{
    /// <summary>Telegram ends long polls at about 50 s whatever the client asks.</summary>
    private static readonly TimeSpan MaxLongPoll = TimeSpan.FromSeconds(50);

    public static async Task<JsonNode?> GetUpdates(MethodCall call)
    {
        if (call.State.WebhookUrl is not null)
        {
            throw new BotApiException(409, UpdateQueue.WebhookActive);
        }

        var limit = (int)Math.Clamp(call.Args.GetLong("limit") ?? 100, 1, 100);
        var timeoutSeconds = Math.Max(0, call.Args.GetLong("timeout") ?? 0);
        var allowed = call.Args.GetArray("allowed_updates")?.Select(n => n?.GetValue<string>() ?? "").ToList();
        return await call.State.Updates.GetUpdatesAsync(
            call.Args.GetLong("offset"), limit, LongPollWait(timeoutSeconds), allowed, call.RequestAborted);
    }

    public static Task<JsonNode?> DeleteWebhook(MethodCall call)
    {
        var drop = call.Args.GetBool("drop_pending_updates");
        call.State.RecordDeleteWebhook(drop);
        call.State.SetWebhook(null);
        if (drop)
        {
            call.State.Updates.DropAll();
        }

        return Task.FromResult<JsonNode?>(true);
    }

    /// <summary>Only records the address (the emulator never calls it); a parked poll ends and getUpdates is refused until deleteWebhook.</summary>
    public static Task<JsonNode?> SetWebhook(MethodCall call)
    {
        var url = call.Args.GetString("url");
        call.State.SetWebhook(string.IsNullOrEmpty(url) ? null : url);
        return Task.FromResult<JsonNode?>(true);
    }

    public static Task<JsonNode?> GetWebhookInfo(MethodCall call) =>
        Task.FromResult<JsonNode?>(new JsonObject
        {
            ["url"] = call.State.WebhookUrl ?? "",
            ["has_custom_certificate"] = false,
            ["pending_update_count"] = call.State.Updates.PendingCount,
        });

    /// <summary>
    /// How long a poll may wait: the requested timeout capped at 50 s, answered a little early so it
    /// never races a client whose HTTP timeout equals the poll timeout (Telegram.Bot's default).
    /// </summary>
    internal static TimeSpan LongPollWait(long timeoutSeconds)
    {
        if (timeoutSeconds <= 0)
        {
            return TimeSpan.Zero;
        }

        var requested = TimeSpan.FromSeconds(timeoutSeconds);
        var capped = requested < MaxLongPoll ? requested : MaxLongPoll;
        var margin = TimeSpan.FromMilliseconds(Math.Min(1000, requested.TotalMilliseconds / 2));
        return capped - margin;
    }
}

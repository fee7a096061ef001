using System.Globalization;

namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>Turns a <see cref="RestFault"/> into the response Discord would send.</summary>
internal static class FaultResponder
{
    public static RestResult ToResult(RestFault fault, Dictionary<string, string> bucketHeaders) => fault switch
    {
        RateLimitedFault r => DiscordErrors.RateLimited(r.RetryAfterSeconds, r.Global, RateLimitHeaders(r, bucketHeaders)),
        ServerErrorFault s => DiscordErrors.Error(s.StatusCode, 0, s.StatusCode == 502 ? "502: Bad Gateway" : $"{s.StatusCode}: Server Error") with
        {
            Headers = bucketHeaders,
        },
        DiscordErrorFault e => DiscordErrors.Error(e.StatusCode, e.Code, e.Message) with { Headers = bucketHeaders },
        DropConnectionFault => new RestResult(0, null, bucketHeaders, Abort: true),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault."),
    };

    private static Dictionary<string, string> RateLimitHeaders(RateLimitedFault fault, Dictionary<string, string> bucketHeaders)
    {
        var headers = new Dictionary<string, string>(bucketHeaders, StringComparer.OrdinalIgnoreCase)
        {
            ["Retry-After"] = Math.Ceiling(fault.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = fault.Global ? "global" : "user",
        };
        if (fault.Global)
        {
            headers["X-RateLimit-Global"] = "true";
            foreach (var key in headers.Keys.Where(k => k.StartsWith("X-RateLimit-", StringComparison.OrdinalIgnoreCase)
                && k is not "X-RateLimit-Global" and not "X-RateLimit-Scope").ToList())
            {
                headers.Remove(key);
            }
        }
        else
        {
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = fault.RetryAfterSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        }

        return headers;
    }
}

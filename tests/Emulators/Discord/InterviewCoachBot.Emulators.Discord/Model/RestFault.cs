namespace InterviewCoachBot.Emulators.Discord;

/// <summary>A failure the emulator returns instead of handling a REST request (see <see cref="DiscordEmulator.FailNextRest"/>).</summary>
public abstract record RestFault
{
    private protected RestFault()
    {
    }

    /// <summary>429 with <c>{"message":"You are being rate limited.","retry_after":x,"global":g}</c>,
    /// <c>Retry-After</c>, <c>X-RateLimit-Scope</c> and (when global) <c>X-RateLimit-Global: true</c>.</summary>
    public static RestFault RateLimited(double retryAfterSeconds, bool global = false) =>
        new RateLimitedFault(retryAfterSeconds, global);

    /// <summary>A 5xx with Discord's plain error body (default 502 Bad Gateway).</summary>
    public static RestFault ServerError(int statusCode = 502) => new ServerErrorFault(statusCode);

    /// <summary>403 <c>{"code":50007,"message":"Cannot send messages to this user"}</c>.</summary>
    public static RestFault CannotDmUser() => new DiscordErrorFault(403, 50007, "Cannot send messages to this user");

    /// <summary>403 50278: cannot send messages to this user because there is no mutual guild.</summary>
    public static RestFault NoMutualGuilds() =>
        new DiscordErrorFault(403, 50278, "Cannot send messages to this user due to having no mutual guilds");

    /// <summary>Any Discord JSON error.</summary>
    public static RestFault Error(int statusCode, int code, string message) => new DiscordErrorFault(statusCode, code, message);

    /// <summary>
    /// Abort the TCP connection without an HTTP response. With <paramref name="afterProcessing"/> the request is
    /// handled first (the message is created), so the client sees an ambiguous failure of a request that took effect.
    /// </summary>
    public static RestFault DropConnection(bool afterProcessing = false) => new DropConnectionFault(afterProcessing);
}

/// <summary>See <see cref="RestFault.RateLimited"/>.</summary>
public sealed record RateLimitedFault(double RetryAfterSeconds, bool Global) : RestFault;

/// <summary>See <see cref="RestFault.ServerError"/>.</summary>
public sealed record ServerErrorFault(int StatusCode) : RestFault;

/// <summary>See <see cref="RestFault.Error"/>.</summary>
public sealed record DiscordErrorFault(int StatusCode, int Code, string Message) : RestFault;

/// <summary>See <see cref="RestFault.DropConnection"/>.</summary>
public sealed record DropConnectionFault(bool AfterProcessing) : RestFault;

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Engine.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Rest;

/// <summary>
/// REST v10 over a typed <see cref="HttpClient"/>: rate limits through <see cref="RateLimitBuckets"/>, 429 waits the body's
/// <c>retry_after</c> (float seconds) then retries, 5xx and network failures retry with backoff, attempts are bounded.
/// A 429 without Discord's rate-limit headers and <c>retry_after</c> is Cloudflare's IP ban: every route pauses and the
/// request is not retried, since each try is one more invalid request. 401, 403 and non-shared 429 answers are counted
/// toward Discord's invalid request limit.
/// </summary>
/// <remarks>
/// The token travels only in the <c>Authorization</c> header, interaction tokens only in paths; logs name the route
/// template and the status, never a path, a header or a body. Default HttpClient logging is removed at registration.
/// </remarks>
internal sealed class DiscordRestClient(
    HttpClient http,
    RateLimitBuckets limits,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordRestClient> logger)
{
    /// <summary>429s are waited out this many times per request before the caller hears of it.</summary>
    public const int MaxRateLimitWaits = 10;

    /// <summary>How long one attempt may take before it counts as a network failure (discord.js uses 15 s too).</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    /// <summary>How long every route pauses after a ban that names no <c>Retry-After</c>.</summary>
    public static readonly TimeSpan BanPause = TimeSpan.FromSeconds(60);

    private const string UserAgent = "DiscordBot (https://github.com/interviewcoachbot/interviewcoachbot, 1.0)";

    public Task<DiscordResponse> SendAsync(DiscordRoute route, JsonNode? body, CancellationToken cancellationToken) =>
        SendAsync(route, body, file: null, cancellationToken);

    /// <param name="file">
    /// A file to upload with the body: the request is then multipart/form-data with the body as <c>payload_json</c> and the
    /// file as <c>files[0]</c> (the body's <c>attachments</c> should list <c>{id: "0", filename}</c>).
    /// </param>
    /// <param name="deadline">
    /// When Discord stops taking this request (an interaction's answer window or token lifetime): a 429 or a retry that
    /// would wait past it is not waited for; the last answer is returned instead.
    /// </param>
    public async Task<DiscordResponse> SendAsync(
        DiscordRoute route, JsonNode? body, ReplyDocument? file, CancellationToken cancellationToken, DateTimeOffset? deadline = null)
    {
        ArgumentNullException.ThrowIfNull(route);
        var failures = 0;
        var rateLimited = 0;
        while (true)
        {
            if (route.BotAuthorized && limits.TokenRejected)
            {
                return new DiscordResponse((int)HttpStatusCode.Unauthorized, null);
            }

            DiscordResponse response;
            using (var lease = await limits.AcquireAsync(route, cancellationToken))
            {
                response = await SendOnceAsync(route, body, file, lease, cancellationToken);
            }

            if (response.Banned)
            {
                return response;
            }

            if (response.Status == (int)HttpStatusCode.TooManyRequests)
            {
                logger.RateLimited(route.Template, response.RetryAfter ?? TimeSpan.Zero);
                if (++rateLimited > MaxRateLimitWaits || Misses(deadline, response.RetryAfter ?? TimeSpan.Zero))
                {
                    return response;
                }

                continue;
            }

            if (response.Status is 0 or >= 500)
            {
                var delay = Backoff(failures + 1);
                if (++failures >= options.Value.MaxAttempts || Misses(deadline, delay))
                {
                    logger.RestGaveUp(route.Template, response.Describe(), failures);
                    return response;
                }

                logger.RestRetrying(route.Template, response.Describe(), delay);
                await Task.Delay(delay, time, cancellationToken);
                continue;
            }

            if (response.Status == (int)HttpStatusCode.Unauthorized && route.BotAuthorized)
            {
                limits.TokenRejected = true;
                logger.TokenRejected(route.Template);
            }

            return response;
        }
    }

    private async Task<DiscordResponse> SendOnceAsync(
        DiscordRoute route, JsonNode? body, ReplyDocument? file, RateLimitBuckets.Lease lease, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(route.Method, new Uri(options.Value.ApiBaseUrl.ToString().TrimEnd('/') + "/v10" + route.Path));
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (route.BotAuthorized)
        {
            request.Headers.Authorization = new("Bot", options.Value.BotToken);
        }

        if (file is not null)
        {
            request.Content = Multipart(body, file);
        }
        else if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var timeout = new CancellationTokenSource(RequestTimeout, time);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await http.SendAsync(request, attempt.Token);
            var json = await ReadJsonAsync(response, attempt.Token);
            limits.Update(route, lease, response.Headers);
            var scope = Header(response, "X-RateLimit-Scope");
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.TooManyRequests && scope != "shared"))
            {
                CountInvalidRequest();
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return new DiscordResponse((int)response.StatusCode, json);
            }

            if (scope is null && !HasRetryAfter(json))
            {
                var pause = HeaderSeconds(response) ?? BanPause;
                limits.PauseEverything(pause);
                logger.AddressBanned(route.Template, pause);
                return new DiscordResponse((int)response.StatusCode, json, pause, Banned: true);
            }

            var retryAfter = RetryAfter(json, response);
            var global = scope == "global"
                || (json is { ValueKind: JsonValueKind.Object } j && j.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True)
                || string.Equals(Header(response, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
            limits.Pause(lease, retryAfter, global);
            return new DiscordResponse((int)response.StatusCode, json, retryAfter);
        }
        catch (HttpRequestException ex)
        {
            logger.RestNetworkFailure(route.Template, ex.HttpRequestError);
            return DiscordResponse.NetworkFailure();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.RestNetworkFailure(route.Template, HttpRequestError.Unknown);
            return DiscordResponse.NetworkFailure();
        }
    }

    /// <summary>Discord's upload form: the JSON body as <c>payload_json</c>, the file as <c>files[0]</c>.</summary>
    private static MultipartFormDataContent Multipart(JsonNode? body, ReplyDocument file)
    {
        var form = new MultipartFormDataContent();
        var payload = new StringContent(body?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json");
        form.Add(payload, "payload_json");
        var content = new ByteArrayContent(file.Content);
        content.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.MediaType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "files[0]", file.FileName);
        return form;
    }

    private bool Misses(DateTimeOffset? deadline, TimeSpan wait)
    {
        if (deadline is { } end && time.GetUtcNow() + wait > end)
        {
            logger.PastDeadline(wait);
            return true;
        }

        return false;
    }

    private void CountInvalidRequest()
    {
        if (limits.RecordInvalidRequest())
        {
            logger.ManyInvalidRequests(InvalidRequestBudget.SlowDownAt, InvalidRequestBudget.Window);
        }
    }

    /// <summary>The body's <c>retry_after</c> (float seconds) wins over the whole-second header; never less than 50 ms.</summary>
    private static TimeSpan RetryAfter(JsonElement? json, HttpResponseMessage response)
    {
        var seconds = HasRetryAfter(json) ? json!.Value.GetProperty("retry_after").GetDouble() : HeaderSeconds(response)?.TotalSeconds ?? 1;
        return TimeSpan.FromSeconds(Math.Max(0.05, seconds));
    }

    private static bool HasRetryAfter(JsonElement? json) =>
        json is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("retry_after", out var value) && value.ValueKind == JsonValueKind.Number;

    private static TimeSpan? HeaderSeconds(HttpResponseMessage response) =>
        double.TryParse(Header(response, "Retry-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private TimeSpan Backoff(int failures)
    {
        var baseDelay = options.Value.RetryBaseDelay * Math.Pow(2, failures - 1);
        return baseDelay * (0.8 + (0.4 * Random.Shared.NextDouble()));
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return null;
        }

        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text;
using System.Text.Json;
using InterviewCoachBot.Emulators.Discord.Infrastructure;
using InterviewCoachBot.Emulators.Discord.Validation;
using Microsoft.AspNetCore.Http;

namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>
/// Serves <c>/api/v10/...</c>: route match → bot auth → injected fault → rate limits → JSON/content type →
/// openapi.json schema → message rules → handler; records every request with its status.
/// </summary>
/// <remarks>
/// Routes that carry a message also take Discord's upload form (multipart/form-data): <c>payload_json</c> is validated
/// exactly like a JSON body, <c>files[n]</c> are handed to the handler, and every <c>attachments[].id</c> that names an
/// upload slot (<c>"0"</c>–<c>"9"</c>) must have its file.
/// </remarks>
internal sealed class RestPipeline(EmulatorContext context, RouteTable routes)
{
    private const string Prefix = "/api/v10";
    private const int MaxBodyBytes = 32 << 20;
    private readonly SchemaValidator _validator = new(OpenApiSpec.Instance);

    public RouteTable Routes => routes;

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var path = request.Path.Value ?? "/";
        var bodyBytes = await ReadBodyAsync(request).ConfigureAwait(false);
        var form = MultipartBody.IsMultipart(request.ContentType ?? string.Empty)
            ? await MultipartBody.ReadAsync(request.ContentType!, bodyBytes).ConfigureAwait(false)
            : null;
        var payloadBytes = form is null ? bodyBytes : form.PayloadJson ?? [];
        RouteDefinition? route = null;
        JsonElement? body = null;
        RestResult result;
        DropConnectionFault? dropAfter = null;
        if (context.Now < context.BannedUntil)
        {
            result = DiscordErrors.CloudflareBan();
        }
        else if (!path.StartsWith(Prefix + "/", StringComparison.Ordinal))
        {
            result = DiscordErrors.NotFound();
        }
        else if (routes.Match(request.Method, path[Prefix.Length..], out var pathExists) is not { } match)
        {
            result = pathExists ? DiscordErrors.MethodNotAllowed() : DiscordErrors.NotFound();
        }
        else
        {
            route = match.Route;
            (result, body, dropAfter) = Process(match.Route, match.Values, request, payloadBytes, form);
        }

        bool? suppressed = route is null || body is null ? null : MessageOf(route, body.Value) is { } m ? JsonWalk.HasSuppressedMentions(m) : null;
        context.Requests.Add(new RecordedRequest(request.Method, path, route?.Key, body ?? TryParse(payloadBytes),
            result.Abort ? 0 : result.Status, context.Now, suppressed, request.Headers.UserAgent.ToString()));
        context.Signal.Pulse();
        if (result.Abort || dropAfter is not null)
        {
            if (result.Hold > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(result.Hold, context.Options.TimeProvider, http.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up first.
                }
            }

            http.Abort();
            return;
        }

        await WriteAsync(http.Response, result).ConfigureAwait(false);
    }

    private (RestResult Result, JsonElement? Body, DropConnectionFault? DropAfter) Process(
        RouteDefinition route, Dictionary<string, string> values, HttpRequest request, byte[] bodyBytes, MultipartForm? form)
    {
        var bucketKey = route.BucketKey(values);
        if (route.BotAuth && !context.Identity.IsValidAuthorization(request.Headers.Authorization.ToString()))
        {
            return (DiscordErrors.Unauthorized() with { Headers = context.RateLimiter.Peek(route.Key, bucketKey) }, null, null);
        }

        DropConnectionFault? dropAfter = null;
        if ((context.Faults.TakeNext(route.Key) ?? context.FaultSchedule?.Next(route.Key)) is { } fault)
        {
            if (fault is DropConnectionFault { AfterProcessing: true } drop)
            {
                dropAfter = drop;
            }
            else if (fault is TimeoutFault timeout)
            {
                return (new RestResult(0, null, Abort: true, Hold: timeout.Hold), null, null);
            }
            else
            {
                return (FaultResponder.ToResult(fault, context.RateLimiter.Peek(route.Key, bucketKey)), null, null);
            }
        }

        var decision = context.RateLimiter.Acquire(route.Key, bucketKey, countsGlobal: route.BotAuth);
        if (!decision.IsAllowed)
        {
            return (DiscordErrors.RateLimited(decision.RetryAfterSeconds, decision.Global, decision.Headers), null, null);
        }

        var (result, body) = Validate(route, request, bodyBytes, form);
        result ??= route.Handler(new RestCall(route, values, body, request.Query, form?.Files ?? []));
        return (result with { Headers = Merge(decision.Headers, result.Headers) }, body, dropAfter);
    }

    private (RestResult? Error, JsonElement? Body) Validate(RouteDefinition route, HttpRequest request, byte[] bodyBytes, MultipartForm? form)
    {
        if (route.SpecPath is null)
        {
            return (null, null);
        }

        var contentType = request.ContentType ?? string.Empty;
        if (form is not null && route.Message != MessageLocation.None)
        {
            if (form.Errors.Count > 0)
            {
                return (DiscordErrors.InvalidFormBody(form.Errors), null);
            }

            if (form.Files.FirstOrDefault(file => file.Content.Length > MultipartBody.MaxFileBytes) is not null)
            {
                return (DiscordErrors.EntityTooLarge(), null);
            }
        }
        else if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            var expected = route.Message == MessageLocation.None ? "{'application/json'}" : "{'application/json', 'multipart/form-data'}";
            return (DiscordErrors.InvalidFormBody([new ValidationError([], "CONTENT_TYPE_INVALID",
                $"Expected \"Content-Type\" header to be one of {expected}.")]), null);
        }

        if (TryParse(bodyBytes) is not { } body)
        {
            return (DiscordErrors.InvalidJson(), null);
        }

        var errors = new List<ValidationError>();
        if (OpenApiSpec.Instance.RequestSchema(route.SpecPath, route.Method) is { } schema)
        {
            errors.AddRange(_validator.Validate(body, schema));
        }

        if (MessageOf(route, body) is { } message)
        {
            var basePath = route.Message == MessageLocation.CallbackData ? new[] { "data" } : [];
            errors.AddRange(MessageRules.Check(message, basePath)
                .Where(e => !errors.Any(existing => existing.PathText == e.PathText && existing.Code == e.Code)));
            errors.AddRange(MessageRules.CheckUploads(message, basePath, form?.Files ?? []));
        }

        return (errors.Count > 0 ? DiscordErrors.InvalidFormBody(errors) : null, body);
    }

    /// <summary>The message object a request carries, if any (callback data only for types 4 and 7).</summary>
    private static JsonElement? MessageOf(RouteDefinition route, JsonElement body) => route.Message switch
    {
        MessageLocation.Body => body,
        MessageLocation.CallbackData when JsonWalk.GetInt(body, "type") is 4 or 7
            && body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object => data,
        _ => null,
    };

    private static Dictionary<string, string> Merge(Dictionary<string, string> first, IReadOnlyDictionary<string, string>? second)
    {
        var merged = new Dictionary<string, string>(first, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in second ?? new Dictionary<string, string>())
        {
            merged[key] = value;
        }

        return merged;
    }

    private static JsonElement? TryParse(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.Length > MaxBodyBytes ? [] : buffer.ToArray();
    }

    private static async Task WriteAsync(HttpResponse response, RestResult result)
    {
        response.StatusCode = result.Status;
        foreach (var (key, value) in result.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[key] = value;
        }

        if (result.Html is not null)
        {
            response.ContentType = "text/html; charset=UTF-8";
            await response.WriteAsync(result.Html, Encoding.UTF8).ConfigureAwait(false);
        }
        else if (result.Body is not null)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(result.Body.ToJsonString(), Encoding.UTF8).ConfigureAwait(false);
        }
    }
}

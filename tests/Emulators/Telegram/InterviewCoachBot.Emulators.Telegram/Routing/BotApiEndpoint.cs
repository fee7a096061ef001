using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Http;
using InterviewCoachBot.Emulators.Telegram.Internal;
using InterviewCoachBot.Emulators.Telegram.Methods;
using Microsoft.AspNetCore.Http;

namespace InterviewCoachBot.Emulators.Telegram.Routing;

/// <summary>
/// Serves <c>/bot{token}/{method}</c>: token check (401), request parsing, unknown method (404),
/// injected faults, spec validation, the method itself, and the request log.
/// </summary>
internal sealed class BotApiEndpoint(EmulatorState state, CancellationToken shutdown)
{
    private readonly IReadOnlyDictionary<string, MethodHandler> _methods = MethodTable.Create();

    public async Task HandleAsync(HttpContext context)
    {
        var receivedAt = state.Time.GetUtcNow();
        var sequence = state.Requests.NextSequence();
        var (token, method) = ParsePath(context.Request.Path.Value ?? "");
        var outcome = new Outcome();
        var body = new JsonObject();
        IReadOnlyDictionary<string, UploadedFile> files = new Dictionary<string, UploadedFile>();
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, shutdown);
        try
        {
            if (token is null || method is null)
            {
                throw new BotApiException(404, "Not Found");
            }

            if (state.TokenRejected || !string.Equals(token, state.Options.BotToken, StringComparison.Ordinal))
            {
                throw new BotApiException(401, "Unauthorized");
            }

            var request = await RequestBodyReader.ReadAsync(context.Request, aborted.Token);
            body = request.Args;
            files = request.Files;
            if (!_methods.TryGetValue(method, out var handler))
            {
                throw new BotApiException(404, "Not Found");
            }

            var fault = state.Faults.TakeFor(method) ?? state.FaultSchedule?.Next(method);
            outcome.Fault = fault?.Kind;
            if (fault is not null && await ApplyFaultAsync(context, fault, outcome, Record, aborted.Token))
            {
                return;
            }

            var spec = state.Spec.Methods.GetValueOrDefault(method);
            var args = spec is null ? request.Args : state.Validator.Validate(spec, request);
            var result = await handler(new MethodCall(args, request.Files, state, aborted.Token));
            if (fault?.Kind == TelegramFaultKind.DropConnectionAfterEffect)
            {
                Record();
                context.Abort();
                return;
            }

            if (fault?.Kind == TelegramFaultKind.CutAnswerAfterEffect)
            {
                outcome.Status = 200;
                Record();
                await ApiResponseWriter.WriteCutOkAsync(context.Response, result, aborted.Token);
                return;
            }

            outcome.Status = 200;

            // The method took effect but its caller timed out already: as ambiguous for the client as a dropped connection.
            if (context.RequestAborted.IsCancellationRequested)
            {
                outcome.Error = RecordedRequest.TookEffectAfterClientGaveUp;
            }

            Record();
            await ApiResponseWriter.WriteOkAsync(context.Response, result, aborted.Token);
        }
        catch (BotApiException ex)
        {
            outcome.Status = ex.ErrorCode;
            outcome.Error = ex.Message;
            Record();
            try
            {
                await ApiResponseWriter.WriteErrorAsync(context.Response, ex.ErrorCode, ex.Message, ex.Parameters, aborted.Token);
            }
            catch (OperationCanceledException)
            {
                // The client went away; nothing more to tell it.
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            outcome.Status = 0;
            outcome.Error = "client went away or emulator stopped";
        }
        finally
        {
            Record();
        }

        // Recorded before the response goes out, so a client that saw the answer finds the request logged.
        void Record()
        {
            if (outcome.Recorded)
            {
                return;
            }

            outcome.Recorded = true;
            state.Requests.Add(new RecordedRequest(
                sequence,
                method ?? context.Request.Path.Value ?? "",
                receivedAt,
                body.ToJsonString(),
                [.. files.Values.Select(f => f.FileName)],
                outcome.Status,
                outcome.Error,
                outcome.Fault));
        }
    }

    /// <returns><c>true</c> when the fault already answered (or dropped) the request.</returns>
    private async Task<bool> ApplyFaultAsync(HttpContext context, TelegramFault fault, Outcome outcome, Action record, CancellationToken cancellationToken)
    {
        switch (fault.Kind)
        {
            case TelegramFaultKind.TooManyRequests:
                throw new BotApiException(
                    429,
                    $"Too Many Requests: retry after {fault.RetryAfterSeconds}",
                    new JsonObject { ["retry_after"] = fault.RetryAfterSeconds });
            case TelegramFaultKind.Blocked:
                throw new BotApiException(403, "Forbidden: bot was blocked by the user");
            case TelegramFaultKind.ServerError when fault.StatusCode == 502:
                outcome.Status = 502;
                outcome.Error = "Bad Gateway (HTML)";
                record();
                await ApiResponseWriter.WriteBadGatewayAsync(context.Response, cancellationToken);
                return true;
            case TelegramFaultKind.ServerError:
                throw new BotApiException(fault.StatusCode, "Internal Server Error");
            case TelegramFaultKind.DropConnectionBeforeEffect:
                outcome.Status = 0;
                record();
                context.Abort();
                return true;
            case TelegramFaultKind.Timeout:
                // Never answered: ends (recorded as "client went away") when the client gives up or the emulator stops.
                await Task.Delay(System.Threading.Timeout.InfiniteTimeSpan, state.Time, cancellationToken);
                return true;
            case TelegramFaultKind.Delay:
                // Not tied to the client: like the real server, the call still takes effect if the client gave up.
                await Task.Delay(fault.DelayBy, state.Time, shutdown);
                return false;
            default:
                return false;
        }
    }

    private static (string? Token, string? Method) ParsePath(string path)
    {
        // "/bot<token>/<method>"; a token contains ':' but never '/'.
        if (!path.StartsWith("/bot", StringComparison.Ordinal))
        {
            return (null, null);
        }

        var slash = path.IndexOf('/', 4);
        if (slash < 0 || slash == path.Length - 1 || path.IndexOf('/', slash + 1) >= 0)
        {
            return (null, null);
        }

        return (Uri.UnescapeDataString(path[4..slash]), path[(slash + 1)..]);
    }

    private sealed class Outcome
    {
        public int Status { get; set; }

        public string? Error { get; set; }

        public TelegramFaultKind? Fault { get; set; }

        public bool Recorded { get; set; }
    }
}

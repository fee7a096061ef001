using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace InterviewCoachBot.Emulators.Telegram.Http;

/// <summary>Writes Bot API envelopes: <c>{"ok":true,"result":...}</c> or <c>{"ok":false,"error_code":...}</c>.</summary>
internal static class ApiResponseWriter
{
    public static Task WriteOkAsync(HttpResponse response, JsonNode? result, CancellationToken cancellationToken) =>
        WriteAsync(response, 200, new JsonObject { ["ok"] = true, ["result"] = result }, cancellationToken);

    public static Task WriteErrorAsync(HttpResponse response, int errorCode, string description, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = errorCode, ["description"] = description };
        if (parameters is not null)
        {
            body["parameters"] = parameters;
        }

        return WriteAsync(response, errorCode, body, cancellationToken);
    }

    /// <summary>Answers 200 with only the first half of the JSON body (its length set to match, so the read ends cleanly).</summary>
    public static async Task WriteCutOkAsync(HttpResponse response, JsonNode? result, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
        response.StatusCode = 200;
        response.ContentType = "application/json";
        response.ContentLength = body.Length / 2;
        await response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), cancellationToken);
    }

    /// <summary>What nginx in front of the Bot API returns on a 502: an HTML page, not JSON.</summary>
    public static async Task WriteBadGatewayAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = 502;
        response.ContentType = "text/html";
        await response.WriteAsync(
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
            Encoding.UTF8,
            cancellationToken);
    }

    private static async Task WriteAsync(HttpResponse response, int status, JsonObject body, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        await response.WriteAsync(body.ToJsonString(), Encoding.UTF8, cancellationToken);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Internal;
using Microsoft.AspNetCore.Http;

namespace InterviewCoachBot.Emulators.Telegram.Http;

/// <summary>
/// Reads Bot API arguments the way the real server accepts them: query string, JSON body,
/// <c>application/x-www-form-urlencoded</c> or <c>multipart/form-data</c> (with file parts).
/// Form values stay strings; the spec validator converts them to the declared types.
/// </summary>
internal static class RequestBodyReader
{
    public static async Task<ApiRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var args = new JsonObject();
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            args[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form)
            {
                args[key] = value.ToString();
            }

            foreach (var file in form.Files)
            {
                using var stream = new MemoryStream();
                await file.CopyToAsync(stream, cancellationToken);
                files[file.Name] = new UploadedFile(file.Name, file.FileName, file.ContentType, stream.ToArray());
            }
        }
        else if (IsJson(request.ContentType))
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            if (buffer.Length > 0)
            {
                JsonNode? body;
                try
                {
                    body = JsonNode.Parse(buffer.ToArray());
                }
                catch (JsonException)
                {
                    throw BotApiException.BadRequest("can't parse JSON object");
                }

                if (body is not JsonObject json)
                {
                    throw BotApiException.BadRequest("can't parse JSON object");
                }

                foreach (var (key, value) in json.ToList())
                {
                    json.Remove(key);
                    args[key] = value;
                }
            }
        }

        return new ApiRequest(args, files);
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
}

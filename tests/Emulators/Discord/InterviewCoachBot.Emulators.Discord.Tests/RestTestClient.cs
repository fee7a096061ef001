using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace InterviewCoachBot.Emulators.Discord.Tests;

/// <summary>HttpClient against the emulator's <c>/api/v10</c>.</summary>
internal sealed class RestTestClient(DiscordEmulator emulator, string token) : IDisposable
{
    private readonly HttpClient _http = new();

    public async Task<RestReply> SendAsync(HttpMethod method, string route, object? body = null, bool auth = true, string? authorization = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(emulator.ApiBaseUrl + "/v10" + route));
        if (auth)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization ?? "Bot " + token);
        }

        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var headers = response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        return new RestReply((int)response.StatusCode, Json(response, text), headers);
    }

    public Task<RestReply> PostAsync(string route, object body, bool auth = true) => SendAsync(HttpMethod.Post, route, body, auth);

    /// <summary>Discord's upload form: <paramref name="payload"/> as <c>payload_json</c> (unless null), each file as <c>files[n]</c>.</summary>
    public async Task<RestReply> SendMultipartAsync(
        HttpMethod method, string route, object? payload, IReadOnlyList<(string Part, string FileName, string ContentType, byte[] Bytes)> files, bool auth = true)
    {
        using var request = new HttpRequestMessage(method, new Uri(emulator.ApiBaseUrl + "/v10" + route));
        if (auth)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bot " + token);
        }

        var form = new MultipartFormDataContent();
        if (payload is not null)
        {
            form.Add(new StringContent(payload as string ?? JsonSerializer.Serialize(payload), Encoding.UTF8, "application/json"), "payload_json");
        }

        foreach (var (part, fileName, contentType, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(file, part, fileName);
        }

        request.Content = form;
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var headers = response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        return new RestReply((int)response.StatusCode, Json(response, text), headers);
    }

    /// <summary>The body as JSON, or null when there is none or it is not JSON (a Cloudflare page).</summary>
    private static JsonElement? Json(HttpResponseMessage response, string text) =>
        text.Length == 0 || response.Content.Headers.ContentType?.MediaType != "application/json" ? null : JsonDocument.Parse(text).RootElement.Clone();

    /// <summary>Opens the DM channel and returns its id.</summary>
    public async Task<string> OpenDmAsync(string userId)
    {
        var reply = await PostAsync("/users/@me/channels", new { recipient_id = userId });
        Assert.Equal(200, reply.Status);
        return reply.Body!.Value.GetProperty("id").GetString()!;
    }

    public void Dispose() => _http.Dispose();
}

internal sealed record RestReply(int Status, JsonElement? Body, IReadOnlyDictionary<string, string> Headers)
{
    public JsonElement Json => Body ?? throw new InvalidOperationException("No body.");

    public int Code => Json.GetProperty("code").GetInt32();
}

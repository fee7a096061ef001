using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static InterviewCoachBot.Emulators.Telegram.Tests.TestBots;

namespace InterviewCoachBot.Emulators.Telegram.Tests;

/// <summary>Wire-level behaviour other clients rely on: envelopes, status codes, body encodings, validation.</summary>
public sealed class RawHttpTests
{
    private const long User = 5;

    [Fact]
    public async Task UnknownMethod_RightToken_404NotFoundEnvelope()
    {
        await using var emulator = await StartEmulatorAsync();
        using var http = new HttpClient();

        using var response = await http.PostAsync(Url(emulator, "sendTelepathy"), null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var json = await ReadAsync(response);
        Assert.Equal("""{"ok":false,"error_code":404,"description":"Not Found"}""", json.ToJsonString());
    }

    [Fact]
    public async Task GetMe_GetRequestNoBody_OkEnvelope()
    {
        await using var emulator = await StartEmulatorAsync();
        using var http = new HttpClient();

        var json = await ReadAsync(await http.GetAsync(Url(emulator, "getme"), Ct));

        Assert.True(json["ok"]!.GetValue<bool>());
        Assert.True(json["result"]!["is_bot"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SendMessage_FormUrlEncodedWithJsonMarkup_Accepted()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = "5",
            ["text"] = "<i>form</i>",
            ["parse_mode"] = "HTML",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"A","callback_data":"a"}]]}""",
            ["disable_notification"] = "true",
        });

        var json = await ReadAsync(await http.PostAsync(Url(emulator, "sendMessage"), form, Ct));

        Assert.Equal("form", json["result"]!["text"]!.GetValue<string>());
        Assert.Equal(["a"], Assert.Single(emulator.MessagesTo(User)).CallbackData);
    }

    [Theory]
    [InlineData("""{"text":"x"}""", "Bad Request: chat_id is empty")]
    [InlineData("""{"chat_id":5}""", "Bad Request: message text is empty")]
    [InlineData("""{"chat_id":{"a":1},"text":"x"}""", "Bad Request: field \"chat_id\" must be of type Integer or String")]
    [InlineData("""{"chat_id":5,"text":"x","reply_markup":{"inline_keyboard":[[{"callback_data":"a"}]]}}""", "Bad Request: field \"reply_markup.inline_keyboard[0][0].text\" of InlineKeyboardButton is required")]
    [InlineData("""{"chat_id":5,"text":"x","reply_markup":{"inline_keyboard":[[{"text":"plain"}]]}}""", "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")]
    [InlineData("""{"chat_id":5,"text":"x","disable_notification":"maybe"}""", "Bad Request: field \"disable_notification\" must be of type Boolean")]
    [InlineData("""{"chat_id":5,"text":"x","parse_mode":"BBCode"}""", "Bad Request: unsupported parse_mode")]
    [InlineData("""{"chat_id":5,"text":"   "}""", "Bad Request: message text is empty")]
    [InlineData("not json", "Bad Request: can't parse JSON object")]
    public async Task SendMessage_InvalidJsonArguments_400WithReason(string body, string description)
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        using var http = new HttpClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(Url(emulator, "sendMessage"), content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(description, (await ReadAsync(response))["description"]!.GetValue<string>());
        Assert.Empty(emulator.MessagesTo(User));
    }

    [Fact]
    public async Task SendMessage_UnknownFields_Ignored()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.SendText(User, "hi");
        using var http = new HttpClient();
        using var content = new StringContent("""{"chat_id":"5","text":"x","future_field":{"a":[1]}}""", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(Url(emulator, "sendMessage"), content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Request_PathWithoutBotPrefix_404()
    {
        await using var emulator = await StartEmulatorAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(emulator.BaseUrl, "/getMe"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task BaseUrl_Always_LoopbackWithPort()
    {
        await using var emulator = await StartEmulatorAsync();

        Assert.Equal("127.0.0.1", emulator.BaseUrl.Host);
        Assert.NotEqual(0, emulator.BaseUrl.Port);
    }

    private static Uri Url(TelegramEmulator emulator, string method) => new(emulator.BaseUrl, $"/bot{Token}/{method}");

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
}

using System.Net;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Internal;
using InterviewCoachBot.Emulators.Telegram.Routing;
using InterviewCoachBot.Emulators.Telegram.Spec;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Emulators.Telegram;

/// <summary>
/// A loopback Telegram Bot API server for tests (real Kestrel on 127.0.0.1, random port). The bot under
/// test calls <c>{BaseUrl}/bot{token}/{method}</c>; the test injects user messages and button presses,
/// reads what the bot sent, and queues faults.
/// </summary>
public sealed class TelegramEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private readonly CancellationTokenSource _shutdown;
    private readonly Dictionary<long, string> _queryIds = [];

    private TelegramEmulator(WebApplication app, EmulatorState state, CancellationTokenSource shutdown, Uri baseUrl)
    {
        _app = app;
        _state = state;
        _shutdown = shutdown;
        BaseUrl = baseUrl;
    }

    /// <summary>What the bot uses as its API base URL: <c>http://127.0.0.1:PORT</c>.</summary>
    public Uri BaseUrl { get; }

    public string BotToken => _state.Options.BotToken;

    /// <summary>The bot's user id (the digits before ':' in the token).</summary>
    public long BotId => _state.BotId;

    /// <summary>Every request the bot made, in the order their outcome was decided.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _state.Requests.Snapshot();

    public IReadOnlyList<CallbackAnswer> AnsweredCallbackQueries => _state.Callbacks.Answers;

    /// <summary>Highest offset a <c>getUpdates</c> call confirmed (updates below it are gone).</summary>
    public long ConfirmedOffset => _state.Updates.ConfirmedOffset;

    /// <summary>Every update id handed out by <c>getUpdates</c>, repeats included (redeliveries).</summary>
    public IReadOnlyList<long> DeliveredUpdateIds => _state.Updates.DeliveredIds;

    /// <summary>Updates not yet confirmed.</summary>
    public int PendingUpdateCount => _state.Updates.PendingCount;

    /// <summary>The command menu last set for the default scope without a language.</summary>
    public IReadOnlyList<BotCommandInfo> Commands => _state.GetCommands("default");

    public IReadOnlyList<DeleteWebhookCall> DeleteWebhookCalls => _state.DeleteWebhookCalls;

    public static Task<TelegramEmulator> StartAsync(string botToken, CancellationToken cancellationToken = default) =>
        StartAsync(new TelegramEmulatorOptions { BotToken = botToken }, cancellationToken);

    public static async Task<TelegramEmulator> StartAsync(TelegramEmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var colon = options.BotToken.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !options.BotToken[..colon].All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A bot token looks like \"123456:secret\".", nameof(options));
        }

        var spec = options.SpecPath is null ? BotApiSpec.LoadEmbedded() : BotApiSpec.Load(options.SpecPath);
        var state = new EmulatorState(options, spec);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = 60L * 1024 * 1024;
        });
        var app = builder.Build();
        var shutdown = new CancellationTokenSource();
        var endpoint = new BotApiEndpoint(state, shutdown.Token);
        app.Run(endpoint.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TelegramEmulator(app, state, shutdown, new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)));
    }

    /// <summary>A user writes in their private chat with the bot (chat id == user id). Text starting with
    /// '/' gets a <c>bot_command</c> entity. Returns the update id.</summary>
    public long SendText(long userId, string text, string firstName = "Test", string? username = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var user = _state.Chats.Remember(userId, firstName, username);
        var messageId = _state.Chats.NextMessageId();
        var date = _state.Time.GetUtcNow();
        return _state.Updates.Enqueue("message", _ => WireJson.UserTextMessage(messageId, user, date, text));
    }

    /// <summary>A user sends something that is not text: <c>"sticker"</c>, <c>"photo"</c> (with an optional caption, which
    /// Telegram puts in <c>caption</c>, never in <c>text</c>) or <c>"voice"</c>. Returns the update id.</summary>
    public long SendMedia(long userId, string kind, string? caption = null)
    {
        var user = _state.Chats.Remember(userId, "Test", username: null);
        var messageId = _state.Chats.NextMessageId();
        var date = _state.Time.GetUtcNow();
        return _state.Updates.Enqueue("message", _ => WireJson.UserMediaMessage(messageId, user, date, kind, caption));
    }

    /// <summary>The user edits their earlier text message <paramref name="messageId"/>: an <c>edited_message</c> update.
    /// Returns the update id.</summary>
    public long EditText(long userId, long messageId, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var user = _state.Chats.FindUser(userId)
            ?? throw new InvalidOperationException($"User {userId} never wrote to the bot.");
        var now = _state.Time.GetUtcNow();
        return _state.Updates.Enqueue("edited_message", _ =>
        {
            var json = WireJson.UserTextMessage(messageId, user, now, text);
            json["edit_date"] = WireJson.UnixSeconds(now);
            return json;
        });
    }

    /// <summary>The user presses an inline button of bot message <paramref name="messageId"/> in their chat.
    /// The data is not checked against the keyboard (a stale or forged press is possible). Returns the update id;
    /// the callback query id is in <see cref="CallbackQueryIdOf"/>.</summary>
    public long PressButton(long userId, long messageId, string callbackData)
    {
        ArgumentNullException.ThrowIfNull(callbackData);
        var user = _state.Chats.FindUser(userId)
            ?? throw new InvalidOperationException($"User {userId} never wrote to the bot.");
        var message = _state.Chats.Find(userId, messageId)
            ?? throw new InvalidOperationException($"No bot message {messageId} in chat {userId}.");
        var queryId = _state.Callbacks.Issue();
        var botUser = _state.BotUser();
        var updateId = _state.Updates.Enqueue("callback_query", _ => new JsonObject
        {
            ["id"] = queryId,
            ["from"] = WireJson.User(user),
            ["message"] = WireJson.BotMessage(message, user, botUser),
            ["chat_instance"] = "-" + userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["data"] = callbackData,
        });
        _state.Callbacks.Open(queryId, updateId);
        lock (_queryIds)
        {
            _queryIds[updateId] = queryId;
        }

        return updateId;
    }

    /// <summary>The callback query id of a press made with <see cref="PressButton"/>.</summary>
    public string CallbackQueryIdOf(long updateId)
    {
        lock (_queryIds)
        {
            return _queryIds[updateId];
        }
    }

    /// <summary>The user blocks the bot: a <c>my_chat_member</c> update (kicked) and 403 on every send to them.</summary>
    public long BlockBot(long userId) => SetBlocked(userId, blocked: true);

    /// <summary>The user unblocks (restarts) the bot: a <c>my_chat_member</c> update (member); sends work again.</summary>
    public long UnblockBot(long userId) => SetBlocked(userId, blocked: false);

    /// <summary>User <paramref name="userId"/> adds the bot to group <paramref name="groupId"/> (negative, as Telegram's are):
    /// a <c>my_chat_member</c> update in that group (left → member); the bot may then send to the group.</summary>
    public long AddToGroup(long groupId, long userId, string title = "Test group")
    {
        var user = _state.Chats.Remember(userId, "Test", username: null);
        _state.Chats.Remember(groupId, title, username: null);
        var botUser = _state.BotUser();
        var date = WireJson.UnixSeconds(_state.Time.GetUtcNow());
        return _state.Updates.Enqueue("my_chat_member", _ => new JsonObject
        {
            ["chat"] = new JsonObject { ["id"] = groupId, ["type"] = "group", ["title"] = title },
            ["from"] = WireJson.User(user),
            ["date"] = date,
            ["old_chat_member"] = ChatMember("left", botUser),
            ["new_chat_member"] = ChatMember("member", botUser),
        });
    }

    /// <summary>Bot messages to a chat in their current state (edits applied, deleted ones gone), oldest first.</summary>
    public IReadOnlyList<BotMessage> MessagesTo(long chatId) => _state.Chats.MessagesTo(chatId);

    /// <summary>Returns a current message of the chat that matches, else waits (event-driven) for a send or
    /// edit that does. Throws <see cref="TimeoutException"/> listing the chat's messages.</summary>
    public Task<BotMessage> WaitForMessageAsync(long chatId, Func<BotMessage, bool> match, TimeSpan timeout) =>
        _state.Chats.WaitForAsync(chatId, match, timeout);

    /// <summary>Returns a recorded request that matches, else waits for one.</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan timeout) =>
        _state.Requests.WaitAsync(match, timeout);

    /// <summary>Completes when a <c>getUpdates</c> long poll is parked on the server, i.e. the bot is waiting for updates.</summary>
    public Task WaitForLongPollAsync(TimeSpan timeout) => _state.Updates.WaitForParkedPollAsync(timeout);

    /// <summary>Queues <paramref name="fault"/> for the next <paramref name="times"/> requests to
    /// <paramref name="method"/> (case-insensitive; "*" = any method).</summary>
    public void FailNext(string method, TelegramFault fault, int times = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        _state.Faults.Add(method, fault, times);
    }

    public void ClearFaults() => _state.Faults.Clear();

    /// <summary>Someone else holding the token (another deployment, a hosting panel, a script) sets a webhook: from now on
    /// <c>getUpdates</c> answers 409 until <c>deleteWebhook</c>, as Telegram does.</summary>
    public void SetWebhookElsewhere(string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        _state.SetWebhook(url);
    }

    /// <summary>The webhook Telegram would now deliver to; null while the bot may poll.</summary>
    public string? WebhookUrl => _state.WebhookUrl;

    /// <summary>From now on requests also meet the faults of <paramref name="schedule"/> (null: none), after queued ones.</summary>
    public void UseFaultSchedule(TelegramFaultSchedule? schedule) => _state.FaultSchedule = schedule;

    /// <summary>From now on every request gets 401 Unauthorized (a revoked token).</summary>
    public void RejectToken() => _state.TokenRejected = true;

    public void AcceptToken() => _state.TokenRejected = false;

    public async ValueTask DisposeAsync()
    {
        await _shutdown.CancelAsync();
        using (var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(stopTimeout.Token);
        }

        await _app.DisposeAsync();
        _shutdown.Dispose();
    }

    private static JsonObject ChatMember(string status, JsonObject botUser)
    {
        var member = new JsonObject { ["status"] = status, ["user"] = botUser.DeepClone() };
        if (status == "kicked")
        {
            member["until_date"] = 0;
        }

        return member;
    }

    private long SetBlocked(long userId, bool blocked)
    {
        var user = _state.Chats.FindUser(userId)
            ?? throw new InvalidOperationException($"User {userId} never wrote to the bot.");
        _state.Chats.SetBlocked(userId, blocked);
        var botUser = _state.BotUser();
        var date = WireJson.UnixSeconds(_state.Time.GetUtcNow());
        return _state.Updates.Enqueue("my_chat_member", _ => new JsonObject
        {
            ["chat"] = WireJson.PrivateChat(user),
            ["from"] = WireJson.User(user),
            ["date"] = date,
            ["old_chat_member"] = ChatMember(blocked ? "member" : "kicked", botUser),
            ["new_chat_member"] = ChatMember(blocked ? "kicked" : "member", botUser),
        });
    }
}

using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Chats;
using InterviewCoachBot.Emulators.Telegram.Faults;
using InterviewCoachBot.Emulators.Telegram.Recording;
using InterviewCoachBot.Emulators.Telegram.Spec;
using InterviewCoachBot.Emulators.Telegram.Updates;

namespace InterviewCoachBot.Emulators.Telegram.Internal;

/// <summary>Everything the emulator knows, shared by the HTTP side and the test side.</summary>
internal sealed class EmulatorState(TelegramEmulatorOptions options, BotApiSpec spec)
{
    private readonly Lock _gate = new();
    private readonly List<DeleteWebhookCall> _deleteWebhookCalls = [];
    private readonly Dictionary<string, IReadOnlyList<BotCommandInfo>> _commands = new(StringComparer.Ordinal);
    private volatile bool _tokenRejected;
    private volatile string? _webhookUrl;

    public TelegramEmulatorOptions Options { get; } = options;

    public long BotId { get; } = long.Parse(options.BotToken.AsSpan(0, options.BotToken.IndexOf(':', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);

    public TimeProvider Time => Options.TimeProvider;

    public BotApiSpec Spec { get; } = spec;

    public SpecValidator Validator { get; } = new(spec);

    public ChatStore Chats { get; } = new();

    public UpdateQueue Updates { get; } = new(options.TimeProvider);

    public CallbackQueryRegistry Callbacks { get; } = new();

    public FaultPlan Faults { get; } = new();

    /// <summary>Seeded faults consulted when no queued fault applies; null for none.</summary>
    public TelegramFaultSchedule? FaultSchedule { get; set; }

    public RequestLog Requests { get; } = new();

    public bool TokenRejected
    {
        get => _tokenRejected;
        set => _tokenRejected = value;
    }

    /// <summary>The webhook set with <c>setWebhook</c> (by the bot or anyone else holding the token); null when none.</summary>
    public string? WebhookUrl => _webhookUrl;

    /// <summary>Sets (or with null removes) the webhook; a poll parked meanwhile ends with 409.</summary>
    public void SetWebhook(string? url)
    {
        _webhookUrl = url;
        if (url is not null)
        {
            Updates.EndActivePoll(UpdateQueue.WebhookActive);
        }
    }

    public JsonObject BotUser() => WireJson.User(BotId, Options.BotFirstName, Options.BotUsername, isBot: true);

    public void RecordDeleteWebhook(bool dropPending)
    {
        lock (_gate)
        {
            _deleteWebhookCalls.Add(new DeleteWebhookCall(dropPending));
        }
    }

    public IReadOnlyList<DeleteWebhookCall> DeleteWebhookCalls
    {
        get
        {
            lock (_gate)
            {
                return [.. _deleteWebhookCalls];
            }
        }
    }

    public void SetCommands(string scopeKey, IReadOnlyList<BotCommandInfo> commands)
    {
        lock (_gate)
        {
            _commands[scopeKey] = commands;
        }
    }

    public IReadOnlyList<BotCommandInfo> GetCommands(string scopeKey)
    {
        lock (_gate)
        {
            return _commands.GetValueOrDefault(scopeKey) ?? [];
        }
    }
}

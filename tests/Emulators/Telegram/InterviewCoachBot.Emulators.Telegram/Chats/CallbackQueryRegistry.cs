using InterviewCoachBot.Emulators.Telegram.Internal;

namespace InterviewCoachBot.Emulators.Telegram.Chats;

/// <summary>Callback query ids handed out with button presses; each may be answered exactly once.</summary>
internal sealed class CallbackQueryRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _open = new(StringComparer.Ordinal);
    private readonly List<CallbackAnswer> _answers = [];
    private long _next = 4_382_000_000_000_000_000;

    public string Issue()
    {
        lock (_gate)
        {
            return (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public void Open(string queryId, long updateId)
    {
        lock (_gate)
        {
            _open[queryId] = updateId;
        }
    }

    public void Answer(string queryId, string? text, bool showAlert, string? link)
    {
        lock (_gate)
        {
            if (!_open.Remove(queryId, out var updateId))
            {
                throw BotApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
            }

            _answers.Add(new CallbackAnswer(queryId, updateId, text, showAlert, link));
        }
    }

    public IReadOnlyList<CallbackAnswer> Answers
    {
        get
        {
            lock (_gate)
            {
                return [.. _answers];
            }
        }
    }
}

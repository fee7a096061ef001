using System.Text.Json.Nodes;

namespace InterviewCoachBot.Emulators.Telegram.Internal;

/// <summary>
/// A Bot API error response (<c>{"ok":false,"error_code":...,"description":...}</c>) raised by a handler.
/// </summary>
internal sealed class BotApiException : Exception
{
    public BotApiException(int errorCode, string description, JsonObject? parameters = null)
        : base(description)
    {
        ErrorCode = errorCode;
        Parameters = parameters;
    }

    public BotApiException()
        : this(500, "Internal Server Error")
    {
    }

    public BotApiException(string message)
        : this(400, message)
    {
    }

    public BotApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = 400;
    }

    public int ErrorCode { get; }

    public JsonObject? Parameters { get; }

    public static BotApiException BadRequest(string detail) => new(400, "Bad Request: " + detail);
}

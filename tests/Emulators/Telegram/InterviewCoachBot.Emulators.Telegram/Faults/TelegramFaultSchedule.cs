using InterviewCoachBot.Emulators.Faults;

namespace InterviewCoachBot.Emulators.Telegram;

/// <summary>
/// Faults decided by a seed and the request count, for chaos runs: each request to one of <see cref="Methods"/> (counted
/// from 1, in arrival order) draws one number from the seed, so a run with the same seed and the same requests meets the
/// same faults. Each fault is a documented Bot API behaviour: 429 <c>parameters.retry_after</c> (in bursts, as Telegram's
/// flood control answers every request until it lifts), 5xx, a request the server never answers (the client times out;
/// nothing happened), and a connection dropped before or after the method took effect. Faults queued with
/// <see cref="TelegramEmulator.FailNext"/> come first.
/// </summary>
public sealed class TelegramFaultSchedule(long seed)
{
    private readonly FaultDraws _draws = new(seed);

    public long Seed { get; } = seed;

    /// <summary>The methods the schedule applies to (case-insensitive); by default the update and message methods,
    /// not start-up calls such as <c>getMe</c>.</summary>
    public IReadOnlySet<string> Methods { get; init; } = new HashSet<string>(
        ["getUpdates", "sendMessage", "sendDocument", "editMessageText", "answerCallbackQuery"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Chance that a request starts a burst of <see cref="RateLimitBurstLength"/> 429 answers.</summary>
    public double RateLimitBurstChance { get; init; } = 0.02;

    public int RateLimitBurstLength { get; init; } = 3;

    /// <summary>The <c>retry_after</c> of every 429 (whole seconds, as Telegram sends it).</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Chance of a 500 (JSON error) or a 502 (nginx's HTML page), alternating by request number.</summary>
    public double ServerErrorChance { get; init; } = 0.30;

    /// <summary>Chance that the request is held unanswered until the client gives up; the method never runs.</summary>
    public double TimeoutChance { get; init; } = 0.10;

    /// <summary>Chance that the connection is reset before the method runs: nothing happened.</summary>
    public double DropBeforeEffectChance { get; init; } = 0.02;

    /// <summary>Chance that the method runs (a message is stored) and then the connection is reset: an ambiguous send.</summary>
    public double DropAfterEffectChance { get; init; } = 0.02;

    /// <summary>Requests the schedule has seen so far.</summary>
    public long RequestCount => _draws.RequestCount;

    /// <summary>The fault for the next request to <paramref name="method"/>, or null to serve it normally.</summary>
    public TelegramFault? Next(string method)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (!Methods.Contains(method))
        {
            return null;
        }

        var (fault, number) = _draws.Next(
            RateLimitBurstChance, RateLimitBurstLength, ServerErrorChance, TimeoutChance, DropBeforeEffectChance, DropAfterEffectChance);
        return fault switch
        {
            DrawnFault.RateLimited => TelegramFault.TooManyRequests(RetryAfterSeconds),
            DrawnFault.ServerError => TelegramFault.ServerError(number % 2 == 0 ? 500 : 502),
            DrawnFault.Timeout => TelegramFault.Timeout,
            DrawnFault.DropBeforeEffect => TelegramFault.DropConnectionBeforeEffect,
            DrawnFault.DropAfterEffect => TelegramFault.DropConnectionAfterEffect,
            _ => null,
        };
    }
}

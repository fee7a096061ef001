using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using InterviewCoachBot.Emulators.Discord;
using InterviewCoachBot.Emulators.Telegram;

namespace InterviewCoachBot.Chaos.Tests;

/// <summary>
/// What a chaos run did, counted from the emulators' records and the database after the last clean stop: updates and
/// interactions sent and applied, replies and nudges delivered, and every duplicate with its explanation.
/// </summary>
internal sealed partial class ChaosLedger
{
    public const string SavedReply = "Saved interview #";

    private ChaosLedger()
    {
    }

    public int Seed { get; private init; }

    public int Cycles { get; private init; }

    public required IReadOnlyList<string> IntegrityChecks { get; init; }

    // Telegram
    public int TelegramUpdatesSent { get; private init; }

    public int TelegramUpdatesApplied { get; private init; }

    public int TelegramUpdatesRedelivered { get; private init; }

    public required IReadOnlyList<string> TelegramInterviewsNotOnce { get; init; }

    public required IReadOnlyList<string> TelegramRepliesMissing { get; init; }

    public int TelegramRepliesUndelivered { get; private init; }

    public int TelegramSendsAccepted { get; private init; }

    public int TelegramDroppedAfterAccept { get; private init; }

    public required IReadOnlyList<SentCopies> TelegramDuplicates { get; init; }

    /// <summary>For each unexplained Telegram copy: the requests to its chat around it and the bot's log lines about the chat.</summary>
    public required IReadOnlyList<string> TelegramUnexplainedTrail { get; init; }

    // Discord
    public int DiscordInteractionsSent { get; private init; }

    public int DiscordInteractionsAnswered { get; private init; }

    public required IReadOnlyList<string> DiscordInterviewsAppliedTwice { get; init; }

    public required IReadOnlyList<string> DiscordAnsweredNotApplied { get; init; }

    public int DiscordAppliedWithoutAnswer { get; private init; }

    public int DiscordNotApplied { get; private init; }

    public int DiscordLeftoverRepliesInDm { get; private init; }

    public int DiscordRepliesUndelivered { get; private init; }

    /// <summary>Applied commands whose reply was shown nowhere and is not waiting in the outbox either.</summary>
    public required IReadOnlyList<string> DiscordRepliesMissing { get; init; }

    /// <summary>Replies shown in the interaction and again in the DM: answered, then the process died before it recorded that.</summary>
    public int DiscordRepliesShownTwice { get; private init; }

    public int DiscordNonceRetries { get; private init; }

    public int DiscordZombieConnections { get; private init; }

    public int DiscordResumes { get; private init; }

    public int DiscordIdentifies { get; private init; }

    public required IReadOnlyList<SentCopies> DiscordDuplicates { get; init; }

    // Nudges (both platforms)
    public int NudgesDue { get; private init; }

    public int NudgesSent { get; private init; }

    public int NudgesLate { get; private init; }

    public required IReadOnlyList<string> NudgesLost { get; init; }

    public required IReadOnlyList<string> NudgesEarly { get; init; }

    public required IReadOnlyList<string> NudgesNotMarkedSent { get; init; }

    public required IReadOnlyList<DateTimeOffset> Kills { get; init; }

    public int NudgesDuplicatedUnexplained => TelegramDuplicates.Where(d => d.Text.Contains("NUDGE ", StringComparison.Ordinal)).Sum(d => d.Unexplained(Kills))
        + DiscordDuplicates.Where(d => d.Text.Contains("NUDGE ", StringComparison.Ordinal)).Sum(d => d.Extra);

    public int TelegramUnexplainedDuplicates => TelegramDuplicates.Sum(d => d.Unexplained(Kills));

    public int NudgesDuplicated => TelegramDuplicates.Concat(DiscordDuplicates).Where(d => d.Text.Contains("NUDGE ", StringComparison.Ordinal)).Sum(d => d.Extra);

    public static ChaosLedger Count(ChaosWorld world, int seed, int cycles, IReadOnlyList<ExpectedNudge> expectedNudges, TimeSpan duration, TimeSpan drain)
    {
        ArgumentNullException.ThrowIfNull(world);
        var db = world.Database;
        var interviews = db.Interviews();
        var kills = world.Kills.ToList();

        // Telegram: every accepted sendMessage (answered 200, or stored but the answer never reached the bot: a connection
        // dropped after the effect, or a bot that had timed out already).
        var sends = world.Telegram.Requests
            .Where(r => r.Method == "sendMessage" && (r.StatusCode == 200 || r.AcceptedButUnanswered))
            .Select(r => (Request: r, Body: JsonDocument.Parse(r.BodyJson).RootElement))
            .Select(s => (s.Request, Chat: s.Body.GetProperty("chat_id").ToString(), Text: s.Body.GetProperty("text").GetString() ?? string.Empty))
            .ToList();
        var abandoned = AbandonedSends(world);
        var telegramCopies = sends
            .Where(s => s.Text.Contains(SavedReply, StringComparison.Ordinal) || s.Text.Contains("NUDGE ", StringComparison.Ordinal))
            .GroupBy(s => (s.Chat, s.Text))
            .Select(g => new SentCopies(g.Key.Chat, g.Key.Text, [.. g.Select(s => s.Request.ReceivedAt)],
                g.Count(s => s.Request.AcceptedButUnanswered)))
            .OrderBy(copies => copies.AcceptedAt.Min())
            .Select(copies => copies with { AbandonedByBot = Take(abandoned, copies.Chat, copies.Extra - copies.ExplainedByDrop) })
            .ToList();
        var telegramInterviews = world.TelegramSent.Where(s => s.Text.StartsWith("/interview ", StringComparison.Ordinal)).ToList();
        var applied = db.InboxContains("telegram");

        // Discord: interactions that ran /interview, their answers, and the replies posted in the DM after a restart.
        var discordInterviews = world.DiscordSent.Where(s => IsInterview(s.Details)).ToList();
        var dmMessages = world.DiscordSent.Select(s => s.User.Id).Distinct(StringComparer.Ordinal)
            .SelectMany(user => world.Discord.DirectMessagesTo(user).Select(m => (User: user, Message: m)))
            .Where(m => m.Message.Origin == MessageOrigin.ChannelMessage)
            .ToList();
        var discordCopies = dmMessages
            .GroupBy(m => (m.User, m.Message.Content))
            .Select(g => new SentCopies(g.Key.User, g.Key.Content, [.. g.Select(m => m.Message.SentAt)], 0))
            .ToList();
        int AppliedCount(string platform, string user, string company) =>
            interviews.Count(i => i.Platform == platform && i.User == user && i.Company == company);
        bool InDm(string user, string company) => dmMessages.Any(m => m.User == user
            && m.Message.Content.Contains(SavedReply, StringComparison.Ordinal) && m.Message.Content.Contains(company + ":", StringComparison.Ordinal));
        var discordPending = db.UndeliveredReplies("discord");
        bool Answered(InteractionHandle handle) => Shown(handle.CurrentResponse).Contains(SavedReply, StringComparison.Ordinal);

        // Nudges: the first accepted copy of each expected text, per platform.
        var firstTelegram = sends.Where(s => s.Text.Contains("NUDGE ", StringComparison.Ordinal))
            .GroupBy(s => (s.Chat, Nudge: NudgeKey(s.Text)))
            .ToDictionary(g => g.Key, g => g.Min(s => s.Request.ReceivedAt));
        var firstDiscord = dmMessages.Where(m => m.Message.Content.Contains("NUDGE ", StringComparison.Ordinal))
            .GroupBy(m => (Chat: m.User, Nudge: NudgeKey(m.Message.Content)))
            .ToDictionary(g => g.Key, g => g.Min(m => m.Message.SentAt));
        DateTimeOffset? Delivered(ExpectedNudge n) =>
            (n.Platform == "telegram" ? firstTelegram : firstDiscord).TryGetValue((n.User, n.Text), out var at) ? at : null;
        var stored = db.Nudges().ToDictionary(n => (n.Platform, n.User, n.Text));

        return new ChaosLedger
        {
            Seed = seed,
            Cycles = cycles,
            Kills = kills,
            TelegramFaultCount = world.TelegramFaults.RequestCount,
            Duration = duration,
            Drain = drain,
            StartTimes = [.. world.StartTimes],
            DiscordFaultCount = world.DiscordFaults.RequestCount,
            IntegrityChecks = [.. world.IntegrityChecks],
            TelegramUpdatesSent = world.TelegramSent.Count,
            TelegramUpdatesApplied = world.TelegramSent.Count(s => applied(s.UpdateId.ToString(CultureInfo.InvariantCulture))),
            TelegramUpdatesRedelivered = world.Telegram.DeliveredUpdateIds.GroupBy(id => id).Count(g => g.Count() > 1),
            TelegramInterviewsNotOnce = [.. telegramInterviews
                .Select(s => (s.User, Company: Company(s.Text)))
                .Select(s => (s.Company, Applied: AppliedCount("telegram", s.User.ToString(CultureInfo.InvariantCulture), s.Company)))
                .Where(s => s.Applied != 1)
                .Select(s => $"{s.Company} applied {s.Applied} times")],
            TelegramRepliesMissing = [.. telegramInterviews
                .Where(s => !sends.Any(m => m.Chat == s.User.ToString(CultureInfo.InvariantCulture)
                    && m.Text.Contains(SavedReply, StringComparison.Ordinal) && m.Text.Contains(Company(s.Text) + ":", StringComparison.Ordinal)))
                .Select(s => Company(s.Text))],
            TelegramRepliesUndelivered = db.UndeliveredReplies("telegram").Count,
            TelegramSendsAccepted = sends.Count,
            TelegramDroppedAfterAccept = sends.Count(s => s.Request.AcceptedButUnanswered),
            TelegramDuplicates = [.. telegramCopies.Where(c => c.Extra > 0)],
            TelegramUnexplainedTrail = [.. telegramCopies.Where(c => c.Unexplained(kills) > 0).SelectMany(c => Trail(world, c))],
            DiscordInteractionsSent = world.DiscordSent.Count,
            DiscordInteractionsAnswered = world.DiscordSent.Count(s => s.Handle.CurrentResponse is not null),
            DiscordInterviewsAppliedTwice = [.. discordInterviews
                .Where(s => AppliedCount("discord", s.User.Id, Company(s.Details)) > 1)
                .Select(s => Company(s.Details))],
            DiscordAnsweredNotApplied = [.. discordInterviews
                .Where(s => Answered(s.Handle) && AppliedCount("discord", s.User.Id, Company(s.Details)) != 1)
                .Select(s => Company(s.Details))],
            DiscordAppliedWithoutAnswer = discordInterviews.Count(s => !Answered(s.Handle) && AppliedCount("discord", s.User.Id, Company(s.Details)) == 1),
            DiscordNotApplied = discordInterviews.Count(s => AppliedCount("discord", s.User.Id, Company(s.Details)) == 0),
            DiscordLeftoverRepliesInDm = dmMessages.Count(m => m.Message.Content.Contains(SavedReply, StringComparison.Ordinal)),
            DiscordRepliesUndelivered = discordPending.Count,
            DiscordRepliesMissing = [.. discordInterviews
                .Where(s => AppliedCount("discord", s.User.Id, Company(s.Details)) > 0 && !Answered(s.Handle)
                    && !InDm(s.User.Id, Company(s.Details)) && !discordPending.Any(p => p.Contains(Company(s.Details) + ":", StringComparison.Ordinal)))
                .Select(s => Company(s.Details))],
            DiscordRepliesShownTwice = discordInterviews.Count(s => Answered(s.Handle) && InDm(s.User.Id, Company(s.Details))),
            DiscordNonceRetries = world.Discord.RestRequests
                .Where(r => r.RouteKey == "POST /channels/{channel_id}/messages" && r.Body is { } body && body.TryGetProperty("nonce", out _))
                .GroupBy(r => r.Body!.Value.GetProperty("nonce").ToString())
                .Sum(g => g.Count() - 1),
            DiscordZombieConnections = world.DiscordFaults.ZombieConnections,
            DiscordResumes = world.Discord.Gateway.SuccessfulResumes,
            DiscordIdentifies = world.Discord.Gateway.Identifies,
            DiscordDuplicates = [.. discordCopies.Where(c => c.Extra > 0)],
            NudgesDue = expectedNudges.Count,
            NudgesSent = expectedNudges.Count(n => Delivered(n) is not null),
            NudgesLate = sends.Count(s => s.Text.StartsWith("(late)", StringComparison.Ordinal))
                + dmMessages.Count(m => m.Message.Content.StartsWith("(late)", StringComparison.Ordinal)),
            NudgesLost = [.. expectedNudges.Where(n => Delivered(n) is null).Select(n => $"{n.Platform} {n.Text}")],
            NudgesEarly = [.. expectedNudges
                .Where(n => stored.TryGetValue((n.Platform, n.User, n.Text), out var row) && Delivered(n) is { } at && at < row.DueAt)
                .Select(n => $"{n.Platform} {n.Text} at {Delivered(n):O}, due {stored[(n.Platform, n.User, n.Text)].DueAt:O}")],
            NudgesNotMarkedSent = [.. expectedNudges
                .Where(n => !stored.TryGetValue((n.Platform, n.User, n.Text), out var row) || row.Status != "sent")
                .Select(n => $"{n.Platform} {n.Text}: {(stored.TryGetValue((n.Platform, n.User, n.Text), out var row) ? row.Status : "missing")}")],
        };
    }

    /// <summary>The company of "/interview Tx0001 | …" or of the details "Dx0001 | …".</summary>
    public static string Company(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.StartsWith("/interview ", StringComparison.Ordinal) ? "/interview ".Length : 0;
        return text[start..text.IndexOf(" |", StringComparison.Ordinal)];
    }

    public static bool IsInterview(string details) => details.Contains(" | ", StringComparison.Ordinal);

    public static string Shown(InteractionResponse? response) => response is null
        ? string.Empty
        : string.Join("\n", new[] { response.Original?.Content ?? string.Empty }.Concat(response.FollowUps.Select(f => f.Content)));

    /// <summary>The summary CI shows: one line per subject, each starting with "CHAOS".</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(FormattableString.Invariant(line));
        Line($"CHAOS seed={Seed} (replay: {ChaosSeed.Variable}={Seed}) cycles={Cycles} kills={Kills.Count} integrity_check ok {IntegrityChecks.Count(c => c == "ok")}/{IntegrityChecks.Count}");
        Line($"CHAOS telegram updates sent={TelegramUpdatesSent} applied={TelegramUpdatesApplied} redelivered={TelegramUpdatesRedelivered} interviews not applied exactly once={TelegramInterviewsNotOnce.Count} replies missing={TelegramRepliesMissing.Count} replies undelivered={TelegramRepliesUndelivered}");
        Line($"CHAOS telegram sends accepted={TelegramSendsAccepted} accepted but unanswered={TelegramDroppedAfterAccept} duplicates={TelegramDuplicates.Sum(d => d.Extra)} (after an unanswered accept {TelegramDuplicates.Sum(d => d.ExplainedByDrop)}, after a send the bot timed out on {TelegramDuplicates.Sum(d => d.ExplainedByAbandon)}, message in flight at a kill {TelegramDuplicates.Sum(d => d.ExplainedByKill(Kills))}, unexplained {TelegramUnexplainedDuplicates}) requests under the fault schedule={TelegramFaultCount}");
        foreach (var copies in TelegramDuplicates.Where(d => d.Unexplained(Kills) > 0))
        {
            Line($"CHAOS telegram unexplained copy: chat {copies.Chat} accepted at {string.Join(", ", copies.AcceptedAt.Select(at => at.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)))}: {copies.Text[..Math.Min(80, copies.Text.Length)]}");
        }

        foreach (var line in TelegramUnexplainedTrail)
        {
            Line($"CHAOS   {line}");
        }

        Line($"CHAOS discord interactions sent={DiscordInteractionsSent} answered={DiscordInteractionsAnswered} applied twice={DiscordInterviewsAppliedTwice.Count} answered but not applied={DiscordAnsweredNotApplied.Count} applied without answer={DiscordAppliedWithoutAnswer} not applied={DiscordNotApplied} replies posted in the DM after a restart={DiscordLeftoverRepliesInDm} (of answered ones: {DiscordRepliesShownTwice}) replies waiting for the next start={DiscordRepliesUndelivered} replies missing={DiscordRepliesMissing.Count}");
        Line($"CHAOS discord DM duplicates={DiscordDuplicates.Sum(d => d.Extra)} retries deduplicated by nonce={DiscordNonceRetries} zombie connections={DiscordZombieConnections} resumes={DiscordResumes} identifies={DiscordIdentifies} requests under the fault schedule={DiscordFaultCount}");
        Line($"CHAOS nudges due={NudgesDue} sent={NudgesSent} late={NudgesLate} duplicated={NudgesDuplicated} (unexplained {NudgesDuplicatedUnexplained}) lost={NudgesLost.Count} early={NudgesEarly.Count} not marked sent={NudgesNotMarkedSent.Count}");
        Line($"CHAOS timing total={Duration.TotalSeconds:F0}s start-to-ready avg={StartTimes.Average(t => t.TotalSeconds):F1}s max={StartTimes.Max(t => t.TotalSeconds):F1}s final drain={Drain.TotalSeconds:F1}s");
        return text.ToString();
    }

    public long TelegramFaultCount { get; private init; }

    public TimeSpan Duration { get; private init; }

    /// <summary>From the last start until every nudge and reply had arrived.</summary>
    public TimeSpan Drain { get; private init; }

    public required IReadOnlyList<TimeSpan> StartTimes { get; init; }

    /// <summary>The counts that matter in one line short enough for a file name (CI lists attachments by name).</summary>
    public string Headline
    {
        get
        {
            var line = FormattableString.Invariant(
                $"chaos seed {Seed}, {Kills.Count} kills, integrity ok {IntegrityChecks.Count(c => c == "ok")} of {IntegrityChecks.Count}, telegram applied {TelegramUpdatesApplied} of {TelegramUpdatesSent}, discord answered {DiscordInteractionsAnswered} of {DiscordInteractionsSent}, nudges {NudgesSent} of {NudgesDue} (late {NudgesLate}, twice {NudgesDuplicated}, lost {NudgesLost.Count}, early {NudgesEarly.Count}), unexplained duplicates {TelegramUnexplainedDuplicates + DiscordDuplicates.Sum(d => d.Extra)}");

            // A file name holds at most 255 bytes.
            return line.Length <= 200 ? line : line[..200];
        }
    }

    public long DiscordFaultCount { get; private init; }

    /// <summary>
    /// Per chat: sendMessage calls the bot logged as timed out, less those the emulator held unanswered on purpose. What is
    /// left timed out although the emulator answered: the send may have been stored, so one copy more is no bot error.
    /// </summary>
    private static Dictionary<string, int> AbandonedSends(ChaosWorld world)
    {
        var timedOut = world.BotLogs
            .SelectMany(log => BotTimedOut().Matches(log))
            .GroupBy(match => match.Groups[1].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var held in world.Telegram.Requests.Where(r => r.Method == "sendMessage" && r.Fault == TelegramFaultKind.Timeout))
        {
            var chat = JsonDocument.Parse(held.BodyJson).RootElement.GetProperty("chat_id").ToString();
            timedOut[chat] = timedOut.GetValueOrDefault(chat) - 1;
        }

        return timedOut;
    }

    /// <summary>What the emulator and the bot recorded about a copy's chat from 5 s before its first copy to its last.</summary>
    private static IEnumerable<string> Trail(ChaosWorld world, SentCopies copies)
    {
        var from = copies.AcceptedAt.Min().AddSeconds(-5);
        var to = copies.AcceptedAt.Max().AddSeconds(1);
        foreach (var request in world.Telegram.Requests.Where(r => r.ReceivedAt >= from && r.ReceivedAt <= to && r.Method != "getUpdates"))
        {
            var body = JsonDocument.Parse(request.BodyJson).RootElement;
            if (body.TryGetProperty("chat_id", out var chat) && chat.ToString() == copies.Chat)
            {
                var text = body.TryGetProperty("text", out var value) ? value.GetString() ?? string.Empty : string.Empty;
                yield return FormattableString.Invariant(
                    $"#{request.Sequence} {request.ReceivedAt:HH:mm:ss.fff} {request.Method} {request.StatusCode} fault={request.Fault} unanswered={request.AcceptedButUnanswered}: {text[..Math.Min(30, text.Length)].ReplaceLineEndings(" ")}");
            }
        }

        var mention = "chat " + copies.Chat;
        foreach (var line in world.BotLogs.SelectMany(log => log.Split('\n')).Where(line => line.Contains(mention, StringComparison.Ordinal)))
        {
            yield return "bot: " + line.Trim();
        }
    }

    /// <summary>Takes up to <paramref name="wanted"/> from the chat's budget.</summary>
    private static int Take(Dictionary<string, int> budget, string chat, int wanted)
    {
        var taken = Math.Clamp(budget.GetValueOrDefault(chat), 0, wanted);
        budget[chat] = budget.GetValueOrDefault(chat) - taken;
        return taken;
    }

    [GeneratedRegex(@"Sending sendMessage to chat (-?\d+) failed (?:\(|for good: )timed out")]
    private static partial Regex BotTimedOut();

    private static string NudgeKey(string text) => text[text.IndexOf("NUDGE ", StringComparison.Ordinal)..].Split('\n')[0].Trim();
}

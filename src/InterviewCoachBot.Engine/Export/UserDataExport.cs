using System.Globalization;
using System.Text.Json;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Nudges;

namespace InterviewCoachBot.Engine.Export;

/// <summary>Everything the bot keeps about the user, as one JSON document: settings, interviews with every coaching field, notes, ticks and upcoming nudges.</summary>
public sealed class UserDataExport(ContentLibrary content, NudgePlanner planner)
{
    public async Task<byte[]> WriteAsync(Turn turn, IReadOnlyList<Interview> interviews, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interviews);
        var store = turn.Store;
        var userId = turn.User.Id;
        var settings = await store.Nudges.GetSettingsAsync(userId, cancellationToken);
        var stopped = await store.Nudges.StoppedAsync(userId, cancellationToken);
        var nudges = await store.Nudges.ListPlannedAsync(userId, cancellationToken);

        using var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("exportedAt", turn.Now);
            json.WriteStartObject("user");
            json.WriteString("platform", turn.User.Platform);
            json.WriteString("externalId", turn.User.ExternalId);
            json.WriteString("timeZone", turn.User.TimeZoneId);
            json.WriteString("createdAt", turn.User.CreatedAt);
            json.WriteBoolean("remindersOn", settings.On);
            json.WriteString("quietHours", planner.QuietHoursOf(settings)?.ToString() ?? NudgeSettingsOff);
            json.WriteEndObject();

            json.WriteStartArray("interviews");
            foreach (var interview in interviews)
            {
                await WriteInterviewAsync(json, turn, interview, stopped.Contains(interview.Number), cancellationToken);
            }

            json.WriteEndArray();

            json.WriteStartArray("upcomingReminders");
            foreach (var nudge in nudges)
            {
                json.WriteStartObject();
                json.WriteNumber("id", nudge.Id);
                json.WriteNumber("interview", nudge.InterviewNumber);
                json.WriteString("rule", nudge.Rule);
                json.WriteString("title", planner.Rules.Find(nudge.Rule)?.Title ?? nudge.Rule);
                json.WriteString("dueAt", nudge.DueAt);
                json.WriteString("expiresAt", nudge.ExpiresAt);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private const string NudgeSettingsOff = "off";

    private async Task WriteInterviewAsync(Utf8JsonWriter json, Turn turn, Interview interview, bool stopped, CancellationToken cancellationToken)
    {
        json.WriteStartObject();
        json.WriteNumber("number", interview.Number);
        json.WriteString("company", interview.Company);
        json.WriteString("role", interview.Role);
        json.WriteString("interviewers", interview.Interviewers);
        json.WriteString("heldAt", interview.HeldAt);
        json.WriteString("channel", interview.Channel.ToString());
        json.WriteString("createdAt", interview.CreatedAt);
        WriteInstant(json, "thankYouSentAt", interview.ThankYouSentAt);
        if (interview.DecisionBy is { } decision)
        {
            json.WriteString("decisionBy", decision.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("decisionBy");
        }

        WriteInstant(json, "followUpSentAt", interview.FollowUpSentAt);
        WriteInstant(json, "replyReceivedAt", interview.ReplyReceivedAt);
        json.WriteString("outcome", interview.Outcome);
        WriteInstant(json, "outcomeAt", interview.OutcomeAt);
        WriteInstant(json, "callAt", interview.CallAt);
        json.WriteString("callWith", interview.CallWith);
        WriteInstant(json, "secondAt", interview.SecondAt);
        json.WriteBoolean("remindersStopped", stopped);

        json.WriteStartObject("checklists");
        foreach (var checklist in content.Checklists)
        {
            var ticked = await turn.Store.Checklists.TickedAsync(turn.User.Id, interview.Number, checklist.Key, cancellationToken);
            json.WriteStartArray(checklist.Key);
            foreach (var item in checklist.Items.Where(item => ticked.Contains(item.Key)))
            {
                json.WriteStringValue(item.Key);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();

        json.WriteStartObject("notes");
        foreach (var sheet in new[] { content.Call.Sheet, content.Second.Sheet })
        {
            json.WriteStartArray(sheet.Key);
            foreach (var note in await turn.Store.Notes.ListAsync(turn.User.Id, interview.Number, sheet.Key, cancellationToken))
            {
                json.WriteStartObject();
                json.WriteString("section", note.Section);
                json.WriteString("text", note.Text);
                json.WriteString("createdAt", note.CreatedAt);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInstant(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            json.WriteString(name, instant);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

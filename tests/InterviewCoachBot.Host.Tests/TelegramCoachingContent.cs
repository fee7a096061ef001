namespace InterviewCoachBot.Host.Tests;

/// <summary>
/// A copy of the built content folder for the Telegram coaching walkthrough. Its nudges.yaml keeps the real thank-you
/// reminder and has call reminders timed so that, for a call scheduled "in 2 hours", one falls due 5 seconds after
/// scheduling and the other stays ahead (so <c>/nudges</c> still has something to list until reminders are stopped).
/// </summary>
internal static class TelegramCoachingContent
{
    /// <summary>How a call is scheduled in the walkthrough, so that the reminder below is due a few seconds later.</summary>
    public const string CallIn = "in 2 hours";

    public const string ReminderText = "CALL REMINDER";

    public static string Create(string folder)
    {
        var target = Path.Combine(folder, "content");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(BotProcess.HostDirectory, "content")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(target, "nudges.yaml"), """
            quiet_hours: "21:00-08:00"
            morning: "09:00"
            late_note: "(late)"
            back_on: Back on.
            stop_label: "Stop reminders for #{number}"
            snooze:
              - label: 10 minutes
                after: 10m
              - label: 1 hour
                after: 1h
              - label: 3 hours
                after: 3h
            rules:
              - key: thankyou_soon
                title: Thank-you note
                anchor: interview
                after: 3h
                expires_at: thankyou_deadline
                when: [thankyou_not_sent]
                text: "How did it go with {company}? /thankyou {number} has a checklist and a draft."
                done:
                  label: I sent it
                  command: thankyou {number} sent

              - key: call_soon
                title: Call reminder
                anchor: call
                before: 7195s
                expires_at: call
                text: "CALL REMINDER: your call with {with} from {company} starts {when}."
                done:
                  label: My prep sheet
                  command: call {number} sheet

              - key: call_prep
                title: Call preparation
                anchor: call
                before: 30m
                expires_at: call
                text: "Your call with {with} from {company} is {when}. Open the checklist."
                done:
                  label: Open the checklist
                  command: checklist {number} call

            """);
        return target;
    }
}

using System.Globalization;
using System.Text;

namespace InterviewCoachBot.Host.Tests;

/// <summary>A copy of the built content folder whose nudges.yaml has only fast rules (seconds after the interview), for end-to-end tests.</summary>
internal static class NudgeTestContent
{
    /// <param name="offsets">One rule per offset, keyed r1, r2, …; each says "NUDGE rN {company}".</param>
    public static string Create(string folder, params int[] offsets)
    {
        var target = Path.Combine(folder, "content");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(BotProcess.HostDirectory, "content")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var yaml = new StringBuilder("""
            quiet_hours: "21:00-08:00"
            morning: "09:00"
            late_note: "(late)"
            back_on: Back on.
            stop_label: "Stop #{number}"
            snooze:
              - label: 1 hour
                after: 1h
            rules:

            """);
        for (var index = 0; index < offsets.Length; index++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                  - key: r{index + 1}
                    title: Rule {index + 1}
                    anchor: interview
                    after: {offsets[index]}s
                    expires_after: 1h
                    text: "NUDGE r{index + 1} {"{company}"}"
                    done:
                      label: Done
                      command: thankyou {"{number}"} sent

                """);
        }

        File.WriteAllText(Path.Combine(target, "nudges.yaml"), yaml.ToString());
        return target;
    }
}

using System.Globalization;
using System.Text;

namespace InterviewCoachBot.Adapters.Discord.Tests.Nudges;

/// <summary>
/// A temp copy of <c>content/</c> whose <c>nudges.yaml</c> has only fast rules (durations after the interview), so a nudge
/// falls due while a test runs. Deleted on dispose.
/// </summary>
internal sealed class FastNudgeContent : IDisposable
{
    public const string BackOn = "I couldn't reach you for reminders, so I had paused them. They're back on now.";

    /// <param name="afters">One rule per duration (<c>2s</c>, <c>3h</c>), keyed r1, r2, …; rule N says "NUDGE rN {company}".</param>
    public FastNudgeContent(params string[] afters)
    {
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Content))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }

        var yaml = new StringBuilder($"""
            quiet_hours: "21:00-08:00"
            morning: "09:00"
            late_note: "(late)"
            back_on: "{BackOn}"
            stop_label: "Stop #{"{number}"}"
            snooze:
              - label: 1 hour
                after: 1h
            rules:

            """);
        for (var index = 0; index < afters.Length; index++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                  - key: r{index + 1}
                    title: Rule {index + 1}
                    anchor: interview
                    after: {afters[index]}
                    expires_after: 3h
                    text: "NUDGE r{index + 1} {"{company}"}"
                    done:
                      label: Done
                      command: thankyou {"{number}"} sent

                """);
        }

        File.WriteAllText(System.IO.Path.Combine(Path, "nudges.yaml"), yaml.ToString());
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("icb-discord-content-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

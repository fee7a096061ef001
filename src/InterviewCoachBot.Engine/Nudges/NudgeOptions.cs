using System.ComponentModel.DataAnnotations;

namespace InterviewCoachBot.Engine.Nudges;

/// <summary>Settings of the nudge dispatcher (section <c>Nudges</c>); the rules themselves live in <c>content/nudges.yaml</c>.</summary>
public sealed class NudgeOptions
{
    public const string SectionName = "Nudges";

    /// <summary>How long a claimed nudge stays leased; after a crash it is claimed again once this has passed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest the dispatcher sleeps without looking at the table (a safety net; it is woken when needed).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxSleep { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A nudge sent later than this after its time says so ("late").</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Sends tried before a nudge that keeps failing is given up.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first retry waits about this long; each further one twice as long, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryMax { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Nudges claimed per look; catching up after downtime takes several.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;
}

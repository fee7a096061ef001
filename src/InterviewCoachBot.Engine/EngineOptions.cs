using System.ComponentModel.DataAnnotations;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Engine;

/// <summary>Settings of the conversation engine (section <c>Engine</c>).</summary>
public sealed class EngineOptions
{
    public const string SectionName = "Engine";

    /// <summary>A wizard left alone this long is closed with a message at the user's next input.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan WizardIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Zone for a new user when the platform gives no hint; the user changes it with <c>timezone</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    [TimeZoneId(ErrorMessage = "Engine:DefaultTimeZone is not a time zone id this machine knows; use an IANA id such as Europe/Berlin, or UTC.")]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Where the coaching content lives; relative paths are resolved against the application folder.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ContentPath { get; set; } = "content";
}

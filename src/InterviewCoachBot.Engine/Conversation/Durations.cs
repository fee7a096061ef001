using System.Globalization;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>Durations in words a person would say: "30 minutes", "2 hours", "1 day".</summary>
public static class Durations
{
    public static string Describe(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.TotalHours % 24 == 0 => Count((int)span.TotalDays, "day"),
        { TotalHours: >= 1 } when span.TotalMinutes % 60 == 0 => Count((int)span.TotalHours, "hour"),
        _ => Count((int)Math.Round(span.TotalMinutes), "minute"),
    };

    /// <summary>Time left, rounded down to what matters: "2 days", "5 hours", "40 minutes".</summary>
    public static string Remaining(TimeSpan span) => span switch
    {
        { TotalDays: >= 2 } => Count((int)span.TotalDays, "day"),
        { TotalHours: >= 1 } => Count((int)span.TotalHours, "hour"),
        _ => Count(Math.Max(1, (int)span.TotalMinutes), "minute"),
    };

    private static string Count(int amount, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount} {unit}{(amount == 1 ? string.Empty : "s")}");
}

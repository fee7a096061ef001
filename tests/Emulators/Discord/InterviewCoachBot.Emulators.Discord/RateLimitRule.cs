namespace InterviewCoachBot.Emulators.Discord;

/// <summary>A fixed-window limit: at most <paramref name="Limit"/> requests per <paramref name="Window"/>.</summary>
public sealed record RateLimitRule(int Limit, TimeSpan Window);

namespace InterviewCoachBot.Engine.Time;

/// <summary>One recognised part of the user's text: its value, or why the user has to fix it.</summary>
internal sealed record Reading<T>(T Value, string? Problem)
{
    public static Reading<T> Of(T value) => new(value, null);

    public static Reading<T> Fail(string problem) => new(default!, problem);
}

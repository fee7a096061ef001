namespace InterviewCoachBot.Emulators.Telegram;

/// <summary>Settings for <see cref="TelegramEmulator.StartAsync(TelegramEmulatorOptions, CancellationToken)"/>.</summary>
public sealed class TelegramEmulatorOptions
{
    /// <summary>The only token accepted, shaped like Telegram's: "&lt;bot id digits&gt;:&lt;secret&gt;".</summary>
    public required string BotToken { get; init; }

    public string BotUsername { get; init; } = "interview_coach_test_bot";

    public string BotFirstName { get; init; } = "Interview Coach (emulated)";

    /// <summary>Path of another api.json; by default the copy embedded in the emulator.</summary>
    public string? SpecPath { get; init; }

    /// <summary>Clock for message dates and long-poll timeouts. A server: the real clock by default.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

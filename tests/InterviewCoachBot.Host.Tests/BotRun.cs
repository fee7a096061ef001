namespace InterviewCoachBot.Host.Tests;

/// <summary>How a bot process ended and everything it printed.</summary>
internal sealed record BotRun(int ExitCode, string Output, string Errors);

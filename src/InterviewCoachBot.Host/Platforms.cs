using Microsoft.Extensions.Logging.Console;

namespace InterviewCoachBot.Host;

/// <summary>Chooses the adapters: each platform whose token is configured, or the console chat when none is.</summary>
internal static class Platforms
{
    public static void Add(HostApplicationBuilder builder)
    {
        // No platform adapter is built yet, so the console chat is the one way in.
        AddConsoleChat(builder);
    }

    private static void AddConsoleChat(HostApplicationBuilder builder)
    {
        builder.Services.AddConsoleChat();

        // The terminal is the chat: only warnings and errors are worth interrupting it (on stderr).
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
    }
}

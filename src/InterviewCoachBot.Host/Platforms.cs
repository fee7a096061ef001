using Microsoft.Extensions.Logging.Console;

namespace InterviewCoachBot.Host;

/// <summary>Chooses the adapters: each platform whose token is configured, or the console chat when none is.</summary>
internal static class Platforms
{
    /// <param name="verbose">In the console chat: show the full log (stack traces included) instead of one line per entry.</param>
    public static void Add(HostApplicationBuilder builder, bool verbose)
    {
        var platforms = 0;
        platforms += AddTelegram(builder) ? 1 : 0;
        platforms += AddDiscord(builder) ? 1 : 0;

        // With no platform token the console chat is the one way in.
        if (platforms == 0)
        {
            AddConsoleChat(builder, verbose);
        }
    }

    /// <summary>Telegram runs when <c>Telegram:BotToken</c> is set (environment <c>Telegram__BotToken</c> or user secrets).</summary>
    private static bool AddTelegram(HostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["Telegram:BotToken"]))
        {
            return false;
        }

        builder.Services.AddTelegramAdapter();
        return true;
    }

    /// <summary>
    /// Discord runs when both <c>Discord:BotToken</c> and <c>Discord:ApplicationId</c> are set (environment
    /// <c>Discord__BotToken</c>, <c>Discord__ApplicationId</c>, or user secrets).
    /// </summary>
    private static bool AddDiscord(HostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["Discord:BotToken"])
            || string.IsNullOrWhiteSpace(builder.Configuration["Discord:ApplicationId"]))
        {
            return false;
        }

        builder.Services.AddDiscordAdapter();
        return true;
    }

    private static void AddConsoleChat(HostApplicationBuilder builder, bool verbose)
    {
        builder.Services.AddConsoleChat();
        if (verbose)
        {
            return;
        }

        // The terminal is the chat: only warnings and errors are worth interrupting it (on stderr), in one line each.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Logging.AddConsoleFormatter<ChatLogFormatter, ConsoleFormatterOptions>();
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName = ChatLogFormatter.FormatterName);
    }
}

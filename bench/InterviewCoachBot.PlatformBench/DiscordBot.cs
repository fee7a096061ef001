using InterviewCoachBot.Emulators.Discord;

namespace InterviewCoachBot.PlatformBench;

/// <summary>A Discord bot the P3 scenario drives with slash commands over the emulator's gateway.</summary>
internal sealed record DiscordBot(string Name, Func<DiscordEmulator, string, ChildProcess> Start)
{
    public const string Token = "MTIz.bench-token.secret";
    public const string ApplicationId = "1200000000000000042";

    /// <summary>The slash command users run: a real turn for our bot, anything for the echo.</summary>
    public const string Command = "interviews";

    /// <summary>Our host process on a fresh SQLite file, with the shipped Discord settings.</summary>
    public static DiscordBot Ours { get; } = new(
        "ours",
        (discord, folder) => ChildProcess.Start("dotnet", [Repository.HostDll], new Dictionary<string, string>
        {
            ["Discord__BotToken"] = Token,
            ["Discord__ApplicationId"] = ApplicationId,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
            ["Storage__Path"] = Path.Combine(folder, "bench.db"),
            ["Logging__LogLevel__Default"] = "Warning",
        }));

    /// <summary>The reference: <c>@discordjs/ws</c> + <c>@discordjs/rest</c> answering callback type 4 at once.</summary>
    public static DiscordBot DiscordJs { get; } = new(
        "discord.js echo",
        (discord, _) => ChildProcess.Start(
            "node",
            [Repository.EchoBot("discordjs", "echo.mjs"), discord.ApiBaseUrl.ToString(), Token],
            new Dictionary<string, string>()));

    /// <summary>A user id per index, far from any real id.</summary>
    public static UserSpec User(int index) => new((8_000_000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture));
}

namespace InterviewCoachBot.Host.Tests;

/// <summary>
/// What an operator sees when the bot cannot start: one line on stderr naming the setting or file and what to do, exit code 2,
/// no stack trace, and never the token.
/// </summary>
public sealed class StartupFailureEndToEndTests
{
    private const string Token = "123456789:redaction-probe-not-a-real-token";

    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "Storage__BusyTimeout", "abc", "Storage:BusyTimeout" },
        { "Nudges__MaxSleep", "abc", "Nudges:MaxSleep" },
        { "Nudges__BatchSize", "many", "Nudges:BatchSize" },
        { "Engine__DefaultTimeZone", "Mars/Olympus", "Engine:DefaultTimeZone" },
        { "Storage__Synchronous", "SOMETIMES", "Storage:Synchronous" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Start_BadSetting_OneLineNamingTheSettingAndExitCode2(string variable, string value, string setting)
    {
        using var folder = new TemporaryFolder();

        var run = await StartAsync(folder.File("bot.db"), new Dictionary<string, string> { [variable] = value });

        AssertCleanFailure(run, setting);
        Assert.False(File.Exists(folder.File("bot.db")), "nothing is created before the settings are known to be good");
    }

    [Fact]
    public async Task Start_TwoSectionsOutOfRange_OneLineForEachAndExitCode2()
    {
        using var folder = new TemporaryFolder();

        var run = await StartAsync(
            folder.File("bot.db"),
            new Dictionary<string, string> { ["Nudges__MaxSleep"] = "00:00:00", ["Storage__BusyTimeout"] = "00:00:00" });

        Assert.Equal(2, run.ExitCode);
        var lines = run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, line => line.StartsWith("InterviewCoachBot cannot start: the setting Nudges:MaxSleep must be between", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("InterviewCoachBot cannot start: the setting Storage:BusyTimeout must be between", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_DatabasePathIsAFolder_OneLineNamingItAndExitCode2()
    {
        using var folder = new TemporaryFolder();
        var path = Directory.CreateDirectory(folder.File("bot.db")).FullName;

        var run = await StartAsync(path);

        AssertCleanFailure(run, $"'{path}' is a folder");
    }

    [Fact]
    public async Task Start_DatabaseFolderCannotBeCreated_OneLineNamingTheFileAndExitCode2()
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(folder.File("not-a-folder"), "a file where a folder should be", TestContext.Current.CancellationToken);
        var path = Path.Combine(folder.File("not-a-folder"), "bot.db");

        var run = await StartAsync(path);

        AssertCleanFailure(run, $"'{path}' cannot be created");
    }

    [Fact]
    public async Task Start_DatabaseUnderProc_OneLineNamingTheFileAndExitCode2()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/proc is Linux's");

        var run = await StartAsync("/proc/x.db");

        AssertCleanFailure(run, "'/proc/x.db'");
    }

    [Fact]
    public async Task Start_FileIsNotADatabase_OneLineSayingSoAndExitCode2()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("notes.db");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("my own notes, not a database\n", 50)), TestContext.Current.CancellationToken);

        var run = await StartAsync(path);

        AssertCleanFailure(run, $"'{path}' is not a SQLite database");
    }

    [Fact]
    public async Task Start_BadSettingWithVerbose_AlsoPrintsTheDetails()
    {
        using var folder = new TemporaryFolder();
        await using var bot = BotProcess.Start(
            ["--db", folder.File("bot.db"), "--verbose"],
            new Dictionary<string, string> { ["Storage__BusyTimeout"] = "abc" });

        var run = await bot.RunScriptAsync([], TestContext.Current.CancellationToken);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("InterviewCoachBot cannot start: the setting Storage:BusyTimeout", run.Errors, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Errors, StringComparison.Ordinal);
    }

    /// <summary>Runs the Telegram configuration (a token set, pointed at a closed loopback port) with the given database path.</summary>
    private static async Task<BotRun> StartAsync(string databasePath, Dictionary<string, string>? environment = null)
    {
        environment ??= [];
        environment["Telegram__BotToken"] = Token;
        environment["Telegram__ApiBaseUrl"] = "http://127.0.0.1:9";
        await using var bot = BotProcess.Start(["--db", databasePath], environment);
        return await bot.RunScriptAsync([], TestContext.Current.CancellationToken);
    }

    private static void AssertCleanFailure(BotRun run, string named)
    {
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("InterviewCoachBot cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, run.Errors + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("redaction-probe", run.Errors + run.Output, StringComparison.Ordinal);
    }
}

using System.Runtime.Versioning;

namespace InterviewCoachBot.Host.Tests;

/// <summary>
/// Where the bot keeps a user's data when started with no settings, and who may read it: the per-user data folder, never the
/// folder it was started from; owner-only files and folders.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class PrivateDataEndToEndTests
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerFolder = OwnerFile | UnixFileMode.UserExecute;
    private const string AddInterview = "/interview Acme Corp | Backend Engineer | Dana Levi | 2 hours ago | email";

    [Fact]
    public async Task Run_NoDataFolderYet_CreatesThePrivateDatabaseUnderHomeNotInTheWorkingFolder()
    {
        SkipOnWindows();
        using var folder = new TemporaryFolder();
        var home = Directory.CreateDirectory(folder.File("home")).FullName;
        var work = Directory.CreateDirectory(folder.File("work")).FullName;

        var run = await RunAsync(new Dictionary<string, string> { ["HOME"] = home, ["XDG_DATA_HOME"] = "" }, work, [AddInterview]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Saved interview #1.", run.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
        var botFolder = Path.Combine(home, ".local", "share", "InterviewCoachBot");
        Assert.Equal(OwnerFile, File.GetUnixFileMode(Path.Combine(botFolder, "interviewcoachbot.db")));
        Assert.Equal(OwnerFolder, File.GetUnixFileMode(botFolder));
        Assert.Equal(OwnerFolder, File.GetUnixFileMode(Path.Combine(home, ".local", "share")));
    }

    [Fact]
    public async Task Run_XdgDataHomeSet_KeepsTheDatabaseThere()
    {
        SkipOnWindows();
        using var folder = new TemporaryFolder();
        var home = Directory.CreateDirectory(folder.File("home")).FullName;
        var data = folder.File("xdg-data");

        var run = await RunAsync(new Dictionary<string, string> { ["HOME"] = home, ["XDG_DATA_HOME"] = data }, folder.Path, [AddInterview]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(OwnerFile, File.GetUnixFileMode(Path.Combine(data, "InterviewCoachBot", "interviewcoachbot.db")));
        Assert.False(Directory.Exists(Path.Combine(home, ".local")));
    }

    [Fact]
    public async Task Run_BotFolderAndDatabaseReadableByOthers_MakesThemOwnerOnly()
    {
        SkipOnWindows();
        using var folder = new TemporaryFolder();
        var data = folder.File("xdg-data");
        var environment = new Dictionary<string, string> { ["HOME"] = folder.Path, ["XDG_DATA_HOME"] = data };
        await RunAsync(environment, folder.Path, [AddInterview]);
        var botFolder = Path.Combine(data, "InterviewCoachBot");
        var database = Path.Combine(botFolder, "interviewcoachbot.db");
        File.SetUnixFileMode(botFolder, OwnerFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(database, OwnerFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var run = await RunAsync(environment, folder.Path, ["/interviews"]);

        Assert.Contains("#1 Acme Corp", run.Output, StringComparison.Ordinal);
        Assert.Equal(OwnerFolder, File.GetUnixFileMode(botFolder));
        Assert.Equal(OwnerFile, File.GetUnixFileMode(database));
    }

    [Fact]
    public async Task Export_NewExportFolder_WritesOwnerOnlyFilesInAnOwnerOnlyFolder()
    {
        SkipOnWindows();
        using var folder = new TemporaryFolder();
        var exports = folder.File("exports");
        await using var bot = BotProcess.Start(["--db", folder.File("bot.db"), "--user", "ann", "--Console:ExportFolder", exports]);

        var run = await bot.RunScriptAsync([AddInterview, "/export"], TestContext.Current.CancellationToken);

        Assert.Contains("[file saved: ", run.Output, StringComparison.Ordinal);
        Assert.Equal(OwnerFolder, File.GetUnixFileMode(exports));
        var files = Directory.GetFiles(exports);
        Assert.Equal(2, files.Length);
        Assert.All(files, file => Assert.Equal(OwnerFile, File.GetUnixFileMode(file)));
    }

    private static async Task<BotRun> RunAsync(Dictionary<string, string> environment, string workingDirectory, string[] script)
    {
        await using var bot = BotProcess.Start(["--user", "ann"], environment, workingDirectory);
        return await bot.RunScriptAsync(script, TestContext.Current.CancellationToken);
    }

    private static void SkipOnWindows()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes");
        }
    }
}

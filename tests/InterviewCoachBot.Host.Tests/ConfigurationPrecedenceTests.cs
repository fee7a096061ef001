namespace InterviewCoachBot.Host.Tests;

/// <summary>
/// README: settings come, later ones winning, from appsettings.json, user secrets, environment variables and the command
/// line. The same key (<c>Storage:Path</c>) is set in each layer to a different file; the file the bot creates shows which won.
/// </summary>
public sealed class ConfigurationPrecedenceTests
{
    private const string UserSecretsId = "interviewcoachbot-host";

    [Theory]
    [InlineData(4, "command-line.db")]
    [InlineData(3, "environment.db")]
    [InlineData(2, "user-secrets.db")]
    [InlineData(1, "appsettings.db")]
    public async Task Start_StoragePathInSeveralLayers_TheLatestLayerWins(int layers, string expected)
    {
        using var folder = new TemporaryFolder();
        var program = ProgramWithSettings(folder, $$"""{ "Storage": { "Path": "{{Escaped(folder.File("appsettings.db"))}}" } }""");
        var home = Directory.CreateDirectory(folder.File("home")).FullName;
        var environment = new Dictionary<string, string> { ["HOME"] = home };
        var arguments = new List<string>();
        if (layers >= 2)
        {
            var secrets = Directory.CreateDirectory(Path.Combine(home, ".microsoft", "usersecrets", UserSecretsId)).FullName;
            await File.WriteAllTextAsync(
                Path.Combine(secrets, "secrets.json"), $$"""{ "Storage:Path": "{{Escaped(folder.File("user-secrets.db"))}}" }""", TestContext.Current.CancellationToken);
        }

        if (layers >= 3)
        {
            environment["Storage__Path"] = folder.File("environment.db");
        }

        if (layers >= 4)
        {
            arguments.AddRange(["--Storage:Path", folder.File("command-line.db")]);
        }

        await using var bot = BotProcess.Start(arguments, environment, programDirectory: program);
        var run = await bot.RunScriptAsync(["/interviews"], TestContext.Current.CancellationToken);

        Assert.Equal(0, run.ExitCode);
        var created = new[] { "appsettings.db", "user-secrets.db", "environment.db", "command-line.db" }.Where(name => File.Exists(folder.File(name)));
        Assert.Equal([expected], created);
    }

    /// <summary>
    /// The built program in a folder of its own with its own appsettings.json: the program file is copied (the runtime
    /// takes its folder as the program's), everything else is linked.
    /// </summary>
    private static string ProgramWithSettings(TemporaryFolder folder, string appsettings)
    {
        var program = Directory.CreateDirectory(folder.File("program")).FullName;
        foreach (var entry in new DirectoryInfo(BotProcess.HostDirectory).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(program, entry.Name);
            if (entry.Name == "InterviewCoachBot.dll")
            {
                File.Copy(entry.FullName, target);
            }
            else if (entry.Name != "appsettings.json")
            {
                File.CreateSymbolicLink(target, entry.FullName);
            }
        }

        File.WriteAllText(Path.Combine(program, "appsettings.json"), appsettings);
        return program;
    }

    private static string Escaped(string path) => path.Replace("\\", "\\\\", StringComparison.Ordinal);
}

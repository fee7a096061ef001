using InterviewCoachBot.Engine.Content;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Host;

/// <summary>The composition root: configuration, the engine, storage and the adapters chosen by configuration.</summary>
public static class BotHost
{
    /// <summary>Exit code for a configuration or content problem found at start.</summary>
    public const int InvalidSetupExitCode = 2;

    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--user"] = "Console:User",
        ["--db"] = "Storage:Path",
    };

    public static async Task<int> RunAsync(string[] args, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            using var host = Build(args);
            await PrepareAsync(host);
            await host.RunAsync();
            return Environment.ExitCode;
        }
        catch (OptionsValidationException ex)
        {
            await errors.WriteLineAsync("InterviewCoachBot cannot start, the configuration is invalid:");
            foreach (var failure in ex.Failures)
            {
                await errors.WriteLineAsync("  " + failure);
            }

            return InvalidSetupExitCode;
        }
        catch (ContentException ex)
        {
            await errors.WriteLineAsync($"InterviewCoachBot cannot start, a content file is invalid: {ex.Message}");
            return InvalidSetupExitCode;
        }
    }

    public static IHost Build(string[] args)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        AddUserSecrets(builder.Configuration);
        builder.Configuration.AddCommandLine(args, SwitchMappings);

        // stdout belongs to the chat; logs go to stderr.
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddConversationEngine();
        builder.Services.AddSqliteStorage();
        Platforms.Add(builder);
        return builder.Build();
    }

    /// <summary>Fails fast on bad content or an unusable database, before any adapter talks to anyone.</summary>
    private static async Task PrepareAsync(IHost host)
    {
        _ = host.Services.GetRequiredService<ContentLibrary>();
        await host.Services.GetRequiredService<InterviewCoachBot.Storage.Sqlite.SqliteDatabase>().InitializeAsync(CancellationToken.None);
    }

    /// <summary>User secrets sit after the JSON files and before environment variables, in every environment.</summary>
    private static void AddUserSecrets(ConfigurationManager configuration)
    {
        var lastJson = configuration.Sources.ToList().FindLastIndex(source => source is JsonConfigurationSource);
        var secrets = new ConfigurationBuilder().AddUserSecrets(typeof(BotHost).Assembly, optional: true).Sources;
        foreach (var source in secrets)
        {
            configuration.Sources.Insert(++lastJson, source);
        }
    }
}

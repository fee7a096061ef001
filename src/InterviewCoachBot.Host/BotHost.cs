using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Host;

/// <summary>The composition root: configuration, the engine, storage and the adapters chosen by configuration.</summary>
public static class BotHost
{
    /// <summary>Exit code for a configuration, content or storage problem found at start.</summary>
    public const int InvalidSetupExitCode = 2;

    /// <summary>Exit code for an error nobody planned for (a bug); <c>--verbose</c> prints its details.</summary>
    public const int UnexpectedErrorExitCode = 1;

    /// <summary>Shows the full log, stack traces included (the console chat otherwise keeps them out of the conversation).</summary>
    public const string VerboseSwitch = "--verbose";

    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--user"] = "Console:User",
        ["--db"] = "Storage:Path",
    };

    public static async Task<int> RunAsync(string[] args, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(errors);

        // A switch without a value: the configuration's command-line reader would take the next argument as its value.
        var verbose = args.Contains(VerboseSwitch, StringComparer.Ordinal);
        args = [.. args.Where(argument => argument != VerboseSwitch)];
        try
        {
            using var host = Build(args, verbose);
            await PrepareAsync(host);
            await host.RunAsync();
            return Environment.ExitCode;
        }
        catch (Exception ex) when (StartupProblems.Describe(ex) is { } problems)
        {
            foreach (var problem in problems)
            {
                await errors.WriteLineAsync($"InterviewCoachBot cannot start: {problem}");
            }

            await WriteDetailsAsync(errors, ex, verbose);
            return InvalidSetupExitCode;
        }
        catch (Exception ex)
        {
            await errors.WriteLineAsync(verbose
                ? $"InterviewCoachBot stopped on an unexpected error ({ex.GetType().Name}):"
                : $"InterviewCoachBot stopped on an unexpected error ({ex.GetType().Name}); run it with {VerboseSwitch} to see the details.");
            await WriteDetailsAsync(errors, ex, verbose);
            return UnexpectedErrorExitCode;
        }
    }

    public static IHost Build(string[] args, bool verbose = false)
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

        // Under systemd (Type=notify): tells it when the bot is ready and stopping, and logs in journald's format.
        builder.Services.AddSystemd();
        builder.Services.AddConversationEngine();
        builder.Services.AddSqliteStorage();
        Platforms.Add(builder, verbose);
        return builder.Build();
    }

    /// <summary>
    /// Fails fast on a bad setting, bad content or an unusable database, before any adapter talks to anyone (and before the
    /// host would log the failure with its stack trace).
    /// </summary>
    private static async Task PrepareAsync(IHost host)
    {
        host.Services.GetService<IStartupValidator>()?.Validate();
        _ = host.Services.GetRequiredService<ContentLibrary>();
        await host.Services.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
    }

    /// <summary>The exception in full, only when asked for: it may name source paths and internals nobody else needs.</summary>
    private static async Task WriteDetailsAsync(TextWriter errors, Exception exception, bool verbose)
    {
        if (verbose)
        {
            await errors.WriteLineAsync(exception.ToString());
        }
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

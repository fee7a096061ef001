using System.Globalization;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Host;

/// <summary>
/// <c>InterviewCoachBot backup FILE</c>: copies the database the bot would use (same settings: <c>--db</c>,
/// <c>Storage:Path</c>) to FILE while the bot may be running, and says so only once the copy passed its integrity check.
/// </summary>
internal static class BackupVerb
{
    public const string Name = "backup";

    public const string Usage = "Usage: InterviewCoachBot backup FILE [--db DATABASE]  (FILE must not exist yet)";

    /// <summary>Exit code of a backup that was asked for and not made.</summary>
    public const int FailedExitCode = 1;

    /// <param name="args">What follows the verb: the target file, then the usual settings.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (args is not [var target, ..] || target.StartsWith('-'))
        {
            await errors.WriteLineAsync(Usage);
            return BotHost.InvalidSetupExitCode;
        }

        string source;
        using (var host = BotHost.Build(args[1..]))
        {
            source = host.Services.GetRequiredService<IOptions<SqliteStorageOptions>>().Value.ResolvePath();
        }

        try
        {
            var result = await SqliteBackup.CopyAsync(source, target, cancellationToken);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Backed up {result.Source} to {result.Target}: {result.Bytes / 1024.0:0.#} KB, schema version {result.SchemaVersion}, integrity check ok."));
            return 0;
        }
        catch (BackupFailedException ex)
        {
            await errors.WriteLineAsync($"InterviewCoachBot backup failed: {ex.Message}");
            return FailedExitCode;
        }
    }
}

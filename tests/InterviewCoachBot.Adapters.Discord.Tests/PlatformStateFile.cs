using Dapper;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Tests;

/// <summary>The real <see cref="SqlitePlatformStateStore"/> on a SQLite file in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class PlatformStateFile : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("icb-discord-state-").FullName;
    private readonly SqliteDatabase database;

    public PlatformStateFile()
    {
        database = new SqliteDatabase(
            Options.Create(new SqliteStorageOptions { Path = Path.Combine(folder, "bot.db") }),
            NullLogger<SqliteDatabase>.Instance);
        Store = new SqlitePlatformStateStore(database);
    }

    public SqlitePlatformStateStore Store { get; }

    /// <summary>The value stored for Discord under <paramref name="key"/>, or null.</summary>
    public Task<string?> GetAsync(string key) => Store.GetAsync(DiscordPlatform.Name, key, TestContext.Current.CancellationToken);

    /// <summary>How many rows the store holds, whatever their platform or owner.</summary>
    public async Task<int> CountAsync()
    {
        await using var connection = await database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM platform_state", cancellationToken: TestContext.Current.CancellationToken));
    }

    /// <summary>The user a Discord row belongs to (deleted with them), or null for the platform's own state.</summary>
    public async Task<string?> OwnerAsync(string key)
    {
        await using var connection = await database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT owner_id FROM platform_state WHERE platform = @Platform AND key = @Key",
            new { Platform = DiscordPlatform.Name, Key = key },
            cancellationToken: TestContext.Current.CancellationToken));
    }

    public ValueTask DisposeAsync()
    {
        database.Dispose();

        // Pooled connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

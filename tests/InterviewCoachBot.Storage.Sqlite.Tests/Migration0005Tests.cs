using Dapper;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

/// <summary>Migration 0005 ("forget" leaves no trace) on a file written by schema version 4, rows and all.</summary>
public sealed class Migration0005Tests
{
    private const string Version4Users = """
        INSERT INTO users (platform, external_id, time_zone_id, created_at) VALUES
            ('discord', '4001', 'UTC', '2026-11-01T00:00:00.0000000+00:00'),
            ('telegram', '5150', 'UTC', '2026-11-01T00:00:00.0000000+00:00');
        """;

    [Fact]
    public async Task Migrate_DedupeKeyFromVersion4_IsStillRecognisedButNoLongerInTheFile()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await CreateVersion4Async(temporary, "INSERT INTO inbox VALUES ('console', 'name-marker-33e1:4b0c', '2026-11-01T00:00:00.0000000+00:00')");

        await using (var redelivered = await temporary.CreateStore().BeginAsync(cancellationToken))
        {
            Assert.False(await redelivered.Inbox.TryRecordAsync("console", "name-marker-33e1:4b0c", TestData.Now, cancellationToken));
        }

        Assert.Equal(0, TemporaryDatabase.CountOccurrences(await temporary.CheckpointAndReadFilesAsync(cancellationToken), "name-marker-33e1"));
    }

    [Fact]
    public async Task Migrate_DiscordDmChannelsFromVersion4_BelongToTheirUserAndGoWithThem()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await CreateVersion4Async(temporary, Version4Users + """
            INSERT INTO platform_state (platform, key, value, updated_at) VALUES
                ('discord', 'dm.user.4001', '9001', '2026-11-01T00:00:00.0000000+00:00'),
                ('discord', 'dm.channel.9001', '4001', '2026-11-01T00:00:00.0000000+00:00');
            """);
        var state = temporary.CreatePlatformState();
        Assert.Equal("9001", await state.GetAsync("discord", "dm.user.4001", cancellationToken));

        await TestData.ForgetAsync(temporary.CreateStore(), await UserIdAsync(temporary, "discord", "4001"), cancellationToken);

        Assert.Null(await state.GetAsync("discord", "dm.user.4001", cancellationToken));
        Assert.Null(await state.GetAsync("discord", "dm.channel.9001", cancellationToken));
    }

    [Fact]
    public async Task Migrate_ButtonDataFromVersion4_IsDroppedAndThePlatformsOwnStateKept()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await CreateVersion4Async(temporary, """
            INSERT INTO platform_state (platform, key, value, updated_at) VALUES
                ('discord', 'button.0a1b2c', '/checklist 1 thankyou', '2026-11-01T00:00:00.0000000+00:00'),
                ('telegram', 'button:Zx9-_a', '/checklist 1 thankyou', '2026-11-01T00:00:00.0000000+00:00'),
                ('discord', 'gateway.session', '{"session_id":"s"}', '2026-11-01T00:00:00.0000000+00:00'),
                ('discord', 'commands.hash', 'abc', '2026-11-01T00:00:00.0000000+00:00');
            """);

        await temporary.Database.InitializeAsync(cancellationToken);

        var keys = await KeysAsync(temporary);
        Assert.Equal(["discord commands.hash", "discord gateway.session"], keys);
    }

    [Fact]
    public async Task Migrate_DmChannelOfAUserForgottenBeforeVersion5_IsDropped()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await CreateVersion4Async(temporary, Version4Users + """
            INSERT INTO platform_state (platform, key, value, updated_at) VALUES
                ('discord', 'dm.user.4001', '9001', '2026-11-01T00:00:00.0000000+00:00'),
                ('discord', 'dm.user.4999', '9999', '2026-11-01T00:00:00.0000000+00:00'),
                ('discord', 'dm.channel.9999', '4999', '2026-11-01T00:00:00.0000000+00:00');
            """);

        await temporary.Database.InitializeAsync(cancellationToken);

        Assert.Equal(["discord dm.user.4001"], await KeysAsync(temporary));
    }

    [Fact]
    public async Task Migrate_TelegramUpdateParkedWithoutOwner_GoesWithItsSender()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await CreateVersion4Async(temporary, Version4Users + """
            INSERT INTO parked_updates (platform, dedupe_key, payload, reason, parked_at) VALUES
                ('telegram', '77', '{"update_id":77,"message":{"message_id":1,"from":{"id":5150},"text":"parked-marker-1f"}}', 'boom', '2026-11-01T00:00:00.0000000+00:00'),
                ('telegram', '78', '{"update_id":78,"callback_query":{"id":"q","from":{"id":5150},"data":"x"}}', 'boom', '2026-11-01T00:00:00.0000000+00:00'),
                ('telegram', '79', '{"update_id":79,"message":{"message_id":2,"from":{"id":6000},"text":"not theirs"}}', 'boom', '2026-11-01T00:00:00.0000000+00:00');
            """);

        await TestData.ForgetAsync(temporary.CreateStore(), await UserIdAsync(temporary, "telegram", "5150"), cancellationToken);

        Assert.Equal(["79"], await temporary.QueryAsync<string>("SELECT dedupe_key FROM parked_updates", cancellationToken));
        Assert.Equal(0, TemporaryDatabase.CountOccurrences(await temporary.CheckpointAndReadFilesAsync(cancellationToken), "parked-marker-1f"));
    }

    /// <summary>Applies the embedded scripts 0001–0004 to the file, then <paramref name="rowsSql"/>, as version 4 left it.</summary>
    private static async Task CreateVersion4Async(TemporaryDatabase temporary, string rowsSql)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var assembly = typeof(SqliteDatabase).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.Contains(".Migrations.", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Take(4)
            .ToList();
        Assert.Equal(4, scripts.Count);
        await using var connection = await temporary.OpenInspectionConnectionAsync(cancellationToken);
        foreach (var script in scripts)
        {
            await using var stream = assembly.GetManifestResourceStream(script)!;
            using var reader = new StreamReader(stream);
            await connection.ExecuteAsync(new CommandDefinition(await reader.ReadToEndAsync(cancellationToken), cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(rowsSql + ";\nPRAGMA user_version = 4;", cancellationToken: cancellationToken));
    }

    private static async Task<long> UserIdAsync(TemporaryDatabase temporary, string platform, string externalId)
    {
        await temporary.Database.InitializeAsync(TestContext.Current.CancellationToken);
        return await temporary.ScalarAsync<long>(
            "SELECT id FROM users WHERE platform = @Platform AND external_id = @ExternalId",
            new { Platform = platform, ExternalId = externalId },
            TestContext.Current.CancellationToken);
    }

    private static async Task<IReadOnlyList<string>> KeysAsync(TemporaryDatabase temporary) =>
        await temporary.QueryAsync<string>("SELECT platform || ' ' || key FROM platform_state ORDER BY platform, key", TestContext.Current.CancellationToken);
}

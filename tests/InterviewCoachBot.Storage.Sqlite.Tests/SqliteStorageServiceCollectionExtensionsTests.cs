using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Storage.Sqlite.Tests;

public sealed class SqliteStorageServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSqliteStorage_ConfiguredPath_ResolvesWorkingStoresOnThatFile()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var temporary = new TemporaryDatabase();
        await using var provider = BuildProvider(new() { ["Storage:Path"] = temporary.FilePath });

        var store = provider.GetRequiredService<IBotStore>();
        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            await transaction.Inbox.TryRecordAsync("console", "1", TestData.Now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        Assert.IsType<SqliteDeliveryLog>(provider.GetRequiredService<IDeliveryLog>());
        Assert.Same(provider.GetRequiredService<SqliteDatabase>(), provider.GetRequiredService<SqliteDatabase>());
        Assert.Equal(temporary.FilePath, provider.GetRequiredService<SqliteDatabase>().FilePath);
        Assert.Equal(1, await temporary.ScalarAsync<int>("SELECT COUNT(*) FROM inbox", null, cancellationToken));
    }

    [Fact]
    public void AddSqliteStorage_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();

        services.AddSqliteStorage().AddSqliteStorage();

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IBotStore));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IDeliveryLog));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(SqliteDatabase));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IValidateOptions<SqliteStorageOptions>) && descriptor.ImplementationType is not null);
    }

    [Theory]
    [InlineData("Storage:Synchronous", "OFF", "Storage:Synchronous must be FULL or NORMAL.")]
    [InlineData("Storage:Synchronous", "", "Synchronous")]
    [InlineData("Storage:BusyTimeout", "00:00:00", "BusyTimeout must be between")]
    [InlineData("Storage:BusyTimeout", "01:00:00", "BusyTimeout must be between")]
    public async Task AddSqliteStorage_InvalidSetting_FailsValidationWithClearMessage(string key, string value, string expected)
    {
        await using var provider = BuildProvider(new() { [key] = value });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SqliteStorageOptions>>().Value);

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSqliteStorage_EmptySection_UsesDefaults()
    {
        await using var provider = BuildProvider([]);

        var options = provider.GetRequiredService<IOptions<SqliteStorageOptions>>().Value;

        Assert.Equal(("", TimeSpan.FromSeconds(5), "FULL"), (options.Path, options.BusyTimeout, options.Synchronous));
        Assert.Equal(SqliteStorageOptions.DefaultPath, options.ResolvePath());
        Assert.EndsWith(Path.Combine("InterviewCoachBot", "interviewcoachbot.db"), options.ResolvePath(), StringComparison.Ordinal);
    }

    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSqliteStorage();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

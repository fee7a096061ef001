using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite implementations of <see cref="IBotStore"/> and <see cref="IDeliveryLog"/>, bound to the
    /// <c>Storage</c> section and validated on start.
    /// </summary>
    /// <remarks>
    /// The schema is migrated once, lazily, before the first connection is handed out. A host that wants a bad or too new
    /// file to stop it at start-up calls <see cref="SqliteDatabase.InitializeAsync"/> before it starts receiving.
    /// </remarks>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        SqliteTypeHandlers.EnsureRegistered();

        services.AddOptionsWithValidateOnStart<SqliteStorageOptions>().BindConfiguration(SqliteStorageOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteStorageOptions>, SqliteStorageOptionsValidator>());

        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<IBotStore, SqliteBotStore>();
        services.TryAddSingleton<IDeliveryLog, SqliteDeliveryLog>();
        services.TryAddSingleton<IPlatformStateStore, SqlitePlatformStateStore>();
        services.TryAddSingleton<IParkedUpdateStore, SqliteParkedUpdateStore>();
        services.TryAddSingleton<IDeferredInboundStore, SqliteDeferredInboundStore>();
        services.TryAddSingleton<INudgeDispatchLog, SqliteNudgeDispatchLog>();
        services.TryAddSingleton<IRetentionStore, SqliteRetentionStore>();
        return services;
    }
}

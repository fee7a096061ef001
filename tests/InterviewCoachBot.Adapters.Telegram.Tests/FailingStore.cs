using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>The real SQLite store, except that the first few transactions fail to open (a handler exception).</summary>
internal sealed class FailingStore(IBotStore inner, FailingStore.Budget budget) : IBotStore
{
    public static void Install(IServiceCollection services, Budget budget) =>
        services.Replace(ServiceDescriptor.Singleton<IBotStore>(provider =>
            new FailingStore(new SqliteBotStore(provider.GetRequiredService<SqliteDatabase>()), budget)));

    public Task<IBotTransaction> BeginAsync(CancellationToken cancellationToken = default) =>
        budget.TryFail()
            ? throw new InvalidOperationException("Injected failure for a test.")
            : inner.BeginAsync(cancellationToken);

    internal sealed class Budget(int failures)
    {
        private int left = failures;

        public bool TryFail() => Interlocked.Decrement(ref left) >= 0;
    }
}

using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;
using Telegram.Bot.Requests;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>
/// The real Telegram.Bot client, except that the first few <c>sendMessage</c> calls throw an exception no failure
/// classification knows (a bug or a library surprise rather than an HTTP error).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1852:Seal internal types", Justification = "DispatchProxy derives a type from it.")]
internal class FaultyClient : DispatchProxy
{
    private ITelegramBotClient inner = null!;
    private FailingStore.Budget budget = null!;
    private TaskCompletionSource thrown = null!;

    /// <summary>Wraps the adapter's client; the returned task completes once the budget was spent.</summary>
    public static Task Install(IServiceCollection services, FailingStore.Budget budget)
    {
        var thrown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var original = services.Last(d => d.ServiceType == typeof(ITelegramBotClient));
        var factory = original.ImplementationFactory ?? throw new InvalidOperationException("The client is expected to come from a factory.");
        services.Add(ServiceDescriptor.Describe(typeof(ITelegramBotClient), provider => Wrap((ITelegramBotClient)factory(provider), budget, thrown), original.Lifetime));
        return thrown.Task;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (args is [SendMessageRequest, ..] && budget.TryFail())
        {
            thrown.TrySetResult();
            throw new InvalidOperationException("Injected failure for a test.");
        }

        return targetMethod.Invoke(inner, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null);
    }

    private static ITelegramBotClient Wrap(ITelegramBotClient inner, FailingStore.Budget budget, TaskCompletionSource thrown)
    {
        var proxy = DispatchProxy.Create<ITelegramBotClient, FaultyClient>();
        var faulty = (FaultyClient)(object)proxy;
        faulty.inner = inner;
        faulty.budget = budget;
        faulty.thrown = thrown;
        return proxy;
    }
}

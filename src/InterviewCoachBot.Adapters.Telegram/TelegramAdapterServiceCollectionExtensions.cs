using InterviewCoachBot.Adapters.Telegram;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Microsoft.Extensions.DependencyInjection;

public static class TelegramAdapterServiceCollectionExtensions
{
    /// <summary>The name of the adapter's <see cref="HttpClient"/>; its request logging is removed (the URL holds the token).</summary>
    public const string HttpClientName = "telegram";

    /// <summary>
    /// Registers the Telegram adapter: options (section <c>Telegram</c>, token required), the typed Telegram.Bot client,
    /// the messenger (an <see cref="IMessenger"/>) and the polling service. Needs the engine and a storage provider.
    /// </summary>
    public static IServiceCollection AddTelegramAdapter(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName);
        services.TryAddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddTypedClient<ITelegramBotClient>((http, provider) =>
            {
                var settings = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
                var baseUrl = string.IsNullOrWhiteSpace(settings.ApiBaseUrl) ? null : settings.ApiBaseUrl;

                // Our own pacing and 429 handling; the built-in one sleeps inside the call.
                return new TelegramBotClient(new TelegramBotClientOptions(settings.BotToken, baseUrl) { RetryThreshold = 0 }, http);
            });

        services.TryAddSingleton<TelegramClientSource>();
        services.TryAddSingleton<SendPacer>();
        services.TryAddSingleton<TelegramCall>();
        services.TryAddSingleton<CallbackDataCodec>();
        services.TryAddSingleton<TelegramMessenger>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessenger, TelegramMessenger>(provider => provider.GetRequiredService<TelegramMessenger>()));
        services.TryAddSingleton<OutboxLeftovers>();
        services.TryAddSingleton<TelegramTurn>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeferredInboundHandler, TelegramTurn>(provider => provider.GetRequiredService<TelegramTurn>()));
        services.TryAddSingleton<BlockedUsers>();
        services.TryAddSingleton<TelegramUpdateHandler>();
        services.TryAddSingleton<TelegramStartup>();
        services.AddHostedService<TelegramPollingService>();
        return services;
    }
}

using InterviewCoachBot.Adapters.Discord;
using InterviewCoachBot.Adapters.Discord.Commands;
using InterviewCoachBot.Adapters.Discord.Gateway;
using InterviewCoachBot.Adapters.Discord.Interactions;
using InterviewCoachBot.Adapters.Discord.Messages;
using InterviewCoachBot.Adapters.Discord.Rest;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class DiscordAdapterServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Discord adapter: gateway (over <see cref="IGatewayTransport"/>), REST client, slash commands, the
    /// interaction handling and <see cref="IMessenger"/> for platform <c>discord</c>. Needs the engine and a storage.
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName);
        services.TryAddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // No HttpClient logging: interaction tokens travel in paths. The client logs route templates only.
        services.AddHttpClient<DiscordRestClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.TryAddSingleton<RateLimitBuckets>();

        services.TryAddSingleton<IGatewayTransport, WebSocketGatewayTransport>();
        services.TryAddSingleton<IGatewayUrlSource, GatewayBotUrlSource>();
        services.TryAddSingleton(new GatewayJitter());
        services.TryAddSingleton<GatewaySessionStore>();
        services.TryAddSingleton<GatewayClient>();

        services.TryAddSingleton<SlashCommandDefinitions>();
        services.TryAddSingleton<CommandRegistrar>();

        services.TryAddSingleton<CustomIds>();
        services.TryAddSingleton<DiscordMessageBuilder>();
        services.TryAddSingleton<DmOpenPacer>();
        services.TryAddSingleton<DirectChannels>();
        services.TryAddSingleton<ChannelSender>();
        services.TryAddSingleton<OutboxRecovery>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessenger, DiscordMessenger>());

        services.TryAddSingleton<InterviewLookup>();
        services.TryAddSingleton<InteractionCallbacks>();
        services.TryAddSingleton<InteractionResponder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeferredInboundHandler, DeferredInteractions>());
        services.TryAddSingleton<InteractionHandler>();
        services.TryAddSingleton<InteractionDispatcher>();
        services.TryAddSingleton<IGatewayDispatchHandler>(provider => provider.GetRequiredService<InteractionDispatcher>());

        services.AddHostedService<DiscordGatewayService>();
        return services;
    }
}

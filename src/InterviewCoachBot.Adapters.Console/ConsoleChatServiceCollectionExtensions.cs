using InterviewCoachBot.Adapters.Console;
using InterviewCoachBot.Engine.Ports;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class ConsoleChatServiceCollectionExtensions
{
    /// <summary>Runs the chat on this process's stdin and stdout.</summary>
    public static IServiceCollection AddConsoleChat(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<ConsoleChatOptions>()
            .BindConfiguration(ConsoleChatOptions.SectionName)
            .PostConfigure(options => options.User = string.IsNullOrWhiteSpace(options.User) ? Environment.UserName : options.User.Trim());
        services.TryAddSingleton<IValidateOptions<ConsoleChatOptions>, ConsoleChatOptionsValidator>();
        services.TryAddSingleton<IConsoleTerminal, SystemConsoleTerminal>();
        services.TryAddSingleton<ConsoleScreen>();
        services.TryAddSingleton<ConsoleDocuments>();

        // Nudges that fall due while the chat runs are printed in it, for this console's user only.
        services.TryAddSingleton<ConsoleMessenger>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessenger, ConsoleMessenger>(provider => provider.GetRequiredService<ConsoleMessenger>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessengerAudience, ConsoleMessenger>(provider => provider.GetRequiredService<ConsoleMessenger>()));
        services.AddHostedService<ConsoleChatService>();
        return services;
    }
}

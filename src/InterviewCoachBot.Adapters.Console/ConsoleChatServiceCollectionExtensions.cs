using InterviewCoachBot.Adapters.Console;
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
        services.AddHostedService<ConsoleChatService>();
        return services;
    }
}

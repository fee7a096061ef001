using InterviewCoachBot.Engine.Commands;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Export;
using InterviewCoachBot.Engine.Nudges;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class NudgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers nudge planning (a turn observer), the <c>nudges</c>, <c>quiet</c> and <c>export</c> commands, and the
    /// dispatcher as a hosted service; it sends through every registered <see cref="InterviewCoachBot.Engine.Ports.IMessenger"/>.
    /// </summary>
    public static IServiceCollection AddNudges(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<NudgeOptions>().BindConfiguration(NudgeOptions.SectionName);
        services.TryAddSingleton<IValidateOptions<NudgeOptions>, NudgeOptionsValidator>();
        services.TryAddSingleton<NudgePlanner>();
        services.TryAddSingleton<NudgeRenderer>();
        services.TryAddSingleton<NudgeReplanner>();
        services.TryAddSingleton<NudgeChecker>();
        services.TryAddSingleton<NudgeSignal>();
        services.TryAddSingleton<NudgeTurnObserver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnObserver, NudgeTurnObserver>(provider => provider.GetRequiredService<NudgeTurnObserver>()));
        services.TryAddSingleton<UserDataExport>();
        services.TryAddSingleton<CalendarExport>();
        services.AddSingleton<ICommand, NudgesCommand>();
        services.AddSingleton<ICommand, QuietCommand>();
        services.AddSingleton<ICommand, ExportCommand>();
        services.TryAddSingleton<NudgeDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<NudgeDispatcher>());
        return services;
    }
}

using InterviewCoachBot.Engine;
using InterviewCoachBot.Engine.Coaching;
using InterviewCoachBot.Engine.Commands;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Pacing;
using InterviewCoachBot.Engine.Retention;
using InterviewCoachBot.Engine.Settings;
using InterviewCoachBot.Engine.Time;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class EngineServiceCollectionExtensions
{
    /// <summary>Registers the conversation engine, its commands and wizards, and the content they coach from.</summary>
    public static IServiceCollection AddConversationEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<EngineOptions>().BindConfiguration(EngineOptions.SectionName);
        services.TryAddSingleton<IValidateOptions<EngineOptions>, EngineOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => ContentLibrary.Load(ResolveContentPath(provider.GetRequiredService<IOptions<EngineOptions>>().Value.ContentPath)));
        services.TryAddSingleton(provider => provider.GetRequiredService<ContentLibrary>().TimeZones);

        services.TryAddSingleton<MomentParser>();
        services.TryAddSingleton<TimeZoneResolver>();
        services.TryAddSingleton<InterviewFields>();
        services.TryAddSingleton<InterviewProgress>();
        services.TryAddSingleton<InterviewSummary>();
        services.TryAddSingleton<FreeTextAdvisor>();
        services.TryAddSingleton<ThankYouCoach>();
        services.TryAddSingleton<ScheduledSteps>();
        services.TryAddSingleton<ScheduledStepOverview>();

        AddDialog<AddInterviewDialog>(services);
        AddDialog<EditInterviewDialog>(services);
        AddDialog<DeleteInterviewDialog>(services);
        AddDialog<TimeZoneDialog>(services);
        AddDialog<ForgetDialog>(services);
        AddDialog<ThankYouDraftDialog>(services);
        AddDialog<ScheduleDialog>(services);
        AddDialog<NoteDialog>(services);
        AddDialog<OutcomeDialog>(services);
        AddDialog<SettingsDialog>(services);

        // Registration order is the order /help lists them.
        services.AddSingleton<ICommand, HelpCommand>();
        services.AddSingleton<ICommand, AddInterviewCommand>();
        services.AddSingleton<ICommand, ListInterviewsCommand>();
        services.AddSingleton<ICommand, EditInterviewCommand>();
        services.AddSingleton<ICommand, DeleteInterviewCommand>();
        services.AddSingleton<ICommand, ThankYouCommand>();
        services.AddSingleton<ICommand, DecisionCommand>();
        services.AddSingleton<ICommand, FollowUpCommand>();
        services.AddSingleton<ICommand, OutcomeCommand>();
        services.AddSingleton<ICommand, CallCommand>();
        services.AddSingleton<ICommand, SecondInterviewCommand>();
        services.AddSingleton<ICommand, ChecklistCommand>();
        services.AddSingleton<ICommand, TimeZoneCommand>();
        services.AddSingleton<ICommand, SettingsCommand>();
        services.AddSingleton<ICommand, CancelCommand>();
        services.AddSingleton<ICommand, ForgetCommand>();
        services.AddNudges();

        services.TryAddSingleton<CommandCatalog>();
        services.TryAddSingleton<DialogCatalog>();
        services.TryAddSingleton<TurnRouter>();
        services.TryAddSingleton<ConversationEngine>();
        AddPacing(services);
        AddRetention(services);
        return services;
    }

    private static void AddRetention(IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName);
        services.TryAddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.TryAddSingleton<RetentionService>();
        services.AddHostedService(provider => provider.GetRequiredService<RetentionService>());
    }

    /// <summary>The per-user abuse limit adapters take messages in through; it resumes deferred messages as a hosted service.</summary>
    private static void AddPacing(IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName);
        services.TryAddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.TryAddSingleton<InboundPacer>();
        services.AddHostedService(provider => provider.GetRequiredService<InboundPacer>());
    }

    private static void AddDialog<TDialog>(IServiceCollection services)
        where TDialog : class, IDialog
    {
        services.TryAddSingleton<TDialog>();
        services.AddSingleton<IDialog>(provider => provider.GetRequiredService<TDialog>());
    }

    private static string ResolveContentPath(string path) =>
        Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}

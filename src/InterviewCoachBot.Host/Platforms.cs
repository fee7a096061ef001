namespace InterviewCoachBot.Host;

/// <summary>Chooses the adapters: each platform whose token is configured, or the console chat when none is.</summary>
internal static class Platforms
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // No platform adapter is built yet, so the console chat is the one way in.
        services.AddConsoleChat();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord.Tests;

/// <summary>The Discord section is checked at start; a bad value is named, a token never shown.</summary>
public sealed class DiscordOptionsValidationTests
{
    [Theory]
    [InlineData("Discord:BotToken", "", "Discord:BotToken must be set")]
    [InlineData("Discord:ApplicationId", "my-app", "Discord:ApplicationId must be the numeric application id.")]
    // The source-generated validator shows its own text for [Range] (dotnet/runtime#123137), naming the setting.
    [InlineData("Discord:AckBudget", "00:00:03", "AckBudget must be between")]
    [InlineData("Discord:MaxAttempts", "0", "MaxAttempts must be between")]
    [InlineData("Discord:RetryBaseDelay", "00:01:00", "RetryBaseDelay must be between")]
    public void Options_BadValue_RefusedNamingTheSetting(string key, string value, string expected)
    {
        using var provider = Provider(new() { ["Discord:BotToken"] = DiscordHarness.Token, ["Discord:ApplicationId"] = DiscordHarness.ApplicationId, [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordHarness.Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_TokenAndApplicationId_DefaultsAccepted()
    {
        using var provider = Provider(new() { ["Discord:BotToken"] = DiscordHarness.Token, ["Discord:ApplicationId"] = DiscordHarness.ApplicationId });

        var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(1), 4), (options.AckBudget, options.MaxAttempts));
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddDiscordAdapter()
            .BuildServiceProvider();
}

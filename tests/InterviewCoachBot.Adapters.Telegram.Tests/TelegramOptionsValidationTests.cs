using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>The Telegram section is checked at start; a bad value is named, a token never shown.</summary>
public sealed class TelegramOptionsValidationTests
{
    private const string Token = "123456:valid-Token_value";

    [Theory]
    [InlineData("Telegram:BotToken", "123456-no-colon-secret", "Telegram:BotToken does not look like a bot token")]
    [InlineData("Telegram:BotToken", "", "Telegram:BotToken must be set")]
    [InlineData("Telegram:ApiBaseUrl", "127.0.0.1:8081", "Telegram:ApiBaseUrl must be an absolute http(s) URL.")]
    [InlineData("Telegram:PollTimeout", "00:01:00", "PollTimeout")]
    [InlineData("Telegram:ChatBurst", "0", "ChatBurst")]
    [InlineData("Telegram:GlobalMessagesPerSecond", "0", "GlobalMessagesPerSecond")]
    [InlineData("Telegram:ConcurrentTurns", "0", "ConcurrentTurns")]
    [InlineData("Telegram:ConcurrentTurns", "65", "ConcurrentTurns")]
    public void Options_BadValue_RefusedNamingTheSetting(string key, string value, string expected)
    {
        using var provider = Provider(new() { ["Telegram:BotToken"] = Token, [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TelegramOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_OnlyAToken_DefaultsAccepted()
    {
        using var provider = Provider(new() { ["Telegram:BotToken"] = Token });

        var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(25), options.PollTimeout);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddTelegramAdapter()
            .BuildServiceProvider();
}

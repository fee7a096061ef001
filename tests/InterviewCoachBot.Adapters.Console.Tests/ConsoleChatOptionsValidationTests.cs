using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Console.Tests;

/// <summary>The Console section (and <c>--user</c>) is checked at start.</summary>
public sealed class ConsoleChatOptionsValidationTests
{
    [Fact]
    public void Options_UserLongerThan64_RefusedNamingTheSetting()
    {
        using var provider = Provider(new() { ["Console:User"] = new string('a', 65) });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ConsoleChatOptions>>().Value);

        Assert.Contains("Console:User (or --user) must be at most 64 characters.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  ann  ", "ann")]
    [InlineData("   ", null)]
    public void Options_User_TrimmedAndBlankMeansTheOsUser(string given, string? expected)
    {
        using var provider = Provider(new() { ["Console:User"] = given });

        var options = provider.GetRequiredService<IOptions<ConsoleChatOptions>>().Value;

        Assert.Equal(expected ?? Environment.UserName, options.User);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddConsoleChat()
            .BuildServiceProvider();
}

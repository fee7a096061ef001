using InterviewCoachBot.Engine.Nudges;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Engine.Tests.Nudges;

/// <summary>The Nudges section is checked at start; a bad value is named.</summary>
public sealed class NudgeOptionsValidationTests
{
    [Theory]
    [InlineData("Nudges:Lease", "00:00:00", "Lease")]
    [InlineData("Nudges:MaxSleep", "02:00:00", "MaxSleep")]
    [InlineData("Nudges:LateAfter", "-00:00:01", "LateAfter")]
    [InlineData("Nudges:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Nudges:RetryBase", "00:00:00", "RetryBase")]
    [InlineData("Nudges:RetryMax", "2.00:00:00", "RetryMax")]
    [InlineData("Nudges:BatchSize", "0", "BatchSize")]
    public void Options_BadValue_RefusedNamingTheSetting(string key, string value, string expected)
    {
        using var provider = Provider(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<NudgeOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_EmptySection_TheDocumentedDefaults()
    {
        using var provider = Provider([]);

        var options = provider.GetRequiredService<IOptions<NudgeOptions>>().Value;

        Assert.Equal(
            (TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(2), 6, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10), 20),
            (options.Lease, options.MaxSleep, options.LateAfter, options.MaxAttempts, options.RetryBase, options.RetryMax, options.BatchSize));
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddNudges()
            .BuildServiceProvider();
}

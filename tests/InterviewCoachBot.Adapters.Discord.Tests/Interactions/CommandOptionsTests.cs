using System.Text.Json;
using InterviewCoachBot.Adapters.Discord.Interactions;

namespace InterviewCoachBot.Adapters.Discord.Tests.Interactions;

public sealed class CommandOptionsTests
{
    [Fact]
    public void Focused_OptionWithoutValue_IsEmptyTypedText()
    {
        using var json = JsonDocument.Parse("""
            {"name":"edit","options":[{"name":"interview","type":4,"focused":true}]}
            """);

        var focused = CommandOptions.Focused(json.RootElement);

        Assert.Equal(("interview", string.Empty), focused);
    }
}

using System.Text.Json;
using InterviewCoachBot.Adapters.Discord.Interactions;
using InterviewCoachBot.Adapters.Discord.Rest;

namespace InterviewCoachBot.Adapters.Discord.Tests.Rest;

/// <summary>An interaction token is a credential for 15 minutes: printing a route or an interaction must not show it.</summary>
public sealed class TokenPrintingTests
{
    private const string Token = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5SECRET";

    public static TheoryData<string> Routes() => ["callback", "edit", "followup"];

    [Theory]
    [MemberData(nameof(Routes))]
    public void DiscordRoute_ToString_LeavesOutTheToken(string kind)
    {
        var route = kind switch
        {
            "callback" => DiscordRoute.Callback("111", Token),
            "edit" => DiscordRoute.EditOriginal("42", Token),
            _ => DiscordRoute.FollowUp("42", Token),
        };

        var printed = route.ToString();

        Assert.Contains(route.Template, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, route.Major, StringComparison.Ordinal);
    }

    [Fact]
    public void Interaction_ToString_LeavesOutTheToken()
    {
        using var json = JsonDocument.Parse($$$"""
            {"id":"111","token":"{{{Token}}}","type":2,"channel_id":"7","user":{"id":"5"},"data":{"name":"help"}}
            """);
        var interaction = Interaction.TryParse(json.RootElement)!;

        var printed = interaction.ToString();

        Assert.Contains("111", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, printed, StringComparison.Ordinal);
    }
}

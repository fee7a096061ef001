using System.Text.Json;
using InterviewCoachBot.Adapters.Discord.Interactions;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Adapters.Discord.Tests.Interactions;

/// <summary>The user's Discord display name (<c>global_name</c>) reaches the engine, also for an interaction answered later.</summary>
public sealed class InteractionDisplayNameTests
{
    [Fact]
    public void ToInbound_UserWithAGlobalName_CarriesItAndTheDeferredContextKeepsIt()
    {
        using var payload = JsonDocument.Parse("""
            {"id":"1","token":"t","type":2,"channel_id":"c","user":{"id":"42","username":"ann_99","global_name":"Ann Lee"}}
            """);
        var interaction = Interaction.TryParse(payload.RootElement)!;

        var inbound = InteractionResponder.ToInbound(interaction, new CommandInput("help", string.Empty));
        using var stored = JsonDocument.Parse(interaction.ToContext());

        Assert.Equal("Ann Lee", inbound.DisplayName);
        Assert.Equal("Ann Lee", Interaction.TryParse(stored.RootElement)!.DisplayName);
        Assert.DoesNotContain("Ann Lee", interaction.ToString(), StringComparison.Ordinal); // never in logs
    }

    [Fact]
    public void ToInbound_NoGlobalName_NoDisplayName()
    {
        using var payload = JsonDocument.Parse("""
            {"id":"1","token":"t","type":2,"channel_id":"c","user":{"id":"42","username":"ann_99","global_name":null}}
            """);

        var inbound = InteractionResponder.ToInbound(Interaction.TryParse(payload.RootElement)!, new CommandInput("help", string.Empty));

        Assert.Null(inbound.DisplayName);
    }
}

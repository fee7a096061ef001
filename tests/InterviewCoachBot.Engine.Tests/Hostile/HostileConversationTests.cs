using CsCheck;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Engine.Tests.Hostile;

/// <summary>
/// Whole conversations of hostile input against the real engine on SQLite: every command with any arguments, any text
/// inside any wizard, any button data, and presses of the bot's own buttons. Every message gets a friendly answer.
/// </summary>
public sealed class HostileConversationTests
{
    /// <summary>One thing a user does.</summary>
    private abstract record Step;

    private sealed record Command(int Which, string Arguments) : Step;

    private sealed record Text(string Typed) : Step;

    private sealed record Press(string Data) : Step;

    private sealed record PressOwn(int Which) : Step;

    private static readonly Gen<string> Typed = HostileText.Any(limit: 4096);

    [Fact]
    public async Task HandleAsync_HostileConversations_EveryMessageGetsAFriendlyAnswer()
    {
        await using var bot = BotHarness.Start();
        string[] names =
        [
            .. bot.Services.GetRequiredService<CommandCatalog>().Commands.SelectMany(command => command.Info.Aliases.Prepend(command.Info.Name)),
            "start", "HELP", "Interview", "xyz", "", "@",
        ];
        var step = Gen.Frequency<Step>(
            (4, Gen.Select(Gen.Int[0, names.Length - 1], Typed, (which, arguments) => new Command(which, arguments))),
            (3, Typed.Select(typed => new Text(typed))),
            (1, Gen.Select(Gen.OneOf("=", "/", ""), HostileText.Short(4), (prefix, data) => new Press(prefix + data))),
            (4, Gen.Int[0, 20].Select(which => new PressOwn(which))));
        var users = 0;

        await step.Array[1, 8].SampleAsync(async steps =>
        {
            var user = await bot.UserAsync("hostile-" + Interlocked.Increment(ref users), zone: "Europe/Berlin");
            foreach (var next in steps)
            {
                var own = user.LastReplies.SelectMany(reply => reply.Buttons).SelectMany(row => row).ToList();
                var replies = next switch
                {
                    Command command => await user.DeliverAsync(new CommandInput(names[command.Which], command.Arguments), Guid.NewGuid().ToString("N")),
                    Text text => await user.DeliverAsync(new TextInput(text.Typed), Guid.NewGuid().ToString("N")),
                    Press press => await user.PressDataAsync(press.Data),
                    PressOwn press when own.Count > 0 => await user.PressDataAsync(own[press.Which % own.Count].Data),
                    _ => await user.SendAsync("/help"),
                };

                AssertFriendly(replies);
            }
        }, iter: 150, threads: 1);
    }

    private static void AssertFriendly(IReadOnlyList<Reply> replies)
    {
        Assert.NotEmpty(replies);
        foreach (var reply in replies)
        {
            Assert.False(string.IsNullOrWhiteSpace(reply.Text));
            Assert.DoesNotContain("Exception", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", reply.Text, StringComparison.Ordinal);
            Assert.All(reply.Buttons.SelectMany(row => row), button =>
            {
                Assert.False(string.IsNullOrWhiteSpace(button.Label));
                Assert.True(ButtonData.TryReadAnswer(button.Data, out _) || ButtonData.TryReadCommand(button.Data, out _), button.Data);
            });
        }
    }
}

using CsCheck;
using InterviewCoachBot.Adapters.Discord.Tests.Interactions;
using InterviewCoachBot.Emulators.Discord;
using InterviewCoachBot.Emulators.Discord.Formatting;
using InterviewCoachBot.Testing;

namespace InterviewCoachBot.Adapters.Discord.Tests.Hostile;

/// <summary>
/// Hostile interactions from many users at once through the emulator's gateway to the whole adapter (engine on SQLite):
/// slash commands with any details, modal answers with any text, presses of the bot's own and of forged buttons. Every
/// one is answered, never with the apology for an error, every message shows only text (no markup but the bot's own
/// timestamps), and nothing is logged as an error.
/// </summary>
public sealed class HostileDiscordEndToEndTests
{
    private const int Users = 12;
    private const int InteractionsPerUser = 10;

    /// <summary>One thing a user does.</summary>
    private abstract record Act;

    private sealed record Slash(int Command, string Details) : Act;

    private sealed record Answer(string Text) : Act;

    private sealed record PressOwn(int Which) : Act;

    private sealed record PressForged(string CustomId) : Act;

    private static readonly Gen<string> Typed = HostileText.Any(limit: 1000)
        .Where(text => text.Any(c => !char.IsWhiteSpace(c)));

    private static readonly Gen<Act> Acts = Gen.Frequency<Act>(
        (4, Gen.Select(Gen.Int[0, 100], Typed, (command, details) => new Slash(command, details))),
        (3, Typed.Select(text => new Answer(text))),
        (3, Gen.Int[0, 20].Select(which => new PressOwn(which))),
        (1, Gen.Select(Gen.OneOf("4001:", "5000:", "", ":", "5000:#"), HostileText.Short(3), (owner, data) => new PressForged(owner + data))));

    [Fact]
    public async Task Gateway_HostileInteractionsFromManyUsers_EveryOneAnsweredWithoutError()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.WaitForSessionAsync();
        var commands = discord.Emulator.RegisteredCommands.Select(command => command.GetProperty("name").GetString()!).ToArray();

        await Acts.Array[InteractionsPerUser].Array[Users].SampleAsync(async users =>
        {
            await Task.WhenAll(users.Select(async (acts, index) =>
            {
                var user = new UserSpec((5000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture), "user" + index);
                var own = new List<string>();
                foreach (var act in acts)
                {
                    var handle = act switch
                    {
                        Slash slash => await discord.Emulator.SendSlashCommandAsync(
                            user, commands[slash.Command % commands.Length], new Dictionary<string, object?> { ["details"] = slash.Details }),
                        Answer answer => await discord.Emulator.SubmitModalAsync(user, user.Id + ":answer", new Dictionary<string, string> { ["text"] = answer.Text }),
                        PressOwn press when own.Count > 0 => await discord.Emulator.PressButtonAsync(user, own[press.Which % own.Count]),
                        PressForged forged => await discord.Emulator.PressButtonAsync(user, forged.CustomId.Length > 0 ? forged.CustomId : "x"),
                        _ => await discord.Emulator.SendSlashCommandAsync(user, "help", new Dictionary<string, object?>()),
                    };
                    // A message, the pressed message updated in place (7), or a wizard's form as a modal (9).
                    var response = await handle.WaitForResponseAsync(
                        r => InteractionTests.Shown(r).Length > 0 || r.CallbackType is 7 or 9, DiscordHarness.Wait);

                    Assert.DoesNotContain("something went wrong", InteractionTests.Shown(response), StringComparison.Ordinal);
                    var messages = new[] { response.Original }.Concat(response.FollowUps).OfType<SentMessage>().ToList();
                    Assert.All(messages, message =>
                        Assert.All(DiscordMarkdown.Render(message.Content).Markup, markup => Assert.StartsWith("timestamp <t:", markup, StringComparison.Ordinal)));
                    own = [.. messages.SelectMany(message => message.CustomIds).Where(id => !id.EndsWith(":answer", StringComparison.Ordinal))];
                }
            }));
        }, iter: 1, threads: 1);

        Assert.DoesNotContain(discord.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
    }
}

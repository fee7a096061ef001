using CsCheck;
using InterviewCoachBot.Testing;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Telegram.Tests.Hostile;

/// <summary>
/// Hostile messages from many chats at once through the emulator to the whole adapter (polling, engine, SQLite, replies):
/// every message is answered, never with the apology for an error, and nothing is logged as an error.
/// </summary>
public sealed class HostileTelegramEndToEndTests
{
    private const int Chats = 20;
    private const int MessagesPerChat = 10;

    /// <summary>What a Telegram user can send: 1 to 4096 characters, not only white space.</summary>
    private static readonly Gen<string> Message = Gen.Frequency(
            (3, HostileText.Any(limit: TelegramText.MaxMessageLength)),
            (2, Gen.Select(
                Gen.OneOf("/start", "/help", "/interview", "/interviews", "/edit", "/delete", "/timezone", "/quiet", "/nudges", "/cancel", "/checklist", "/call", "/second", "/decision", "/outcome", "/thankyou", "/followup", "/export"),
                HostileText.Short(),
                (command, arguments) => command + " " + arguments)))
        .Select(text => text.Length > TelegramText.MaxMessageLength ? text[..TelegramText.MaxMessageLength] : text)
        .Where(text => text.Any(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task Polling_HostileMessagesFromManyChats_EveryOneAnsweredWithoutError()
    {
        await using var bot = await TelegramTestBot.CreateAsync();
        await bot.StartAsync();

        await Message.Array[MessagesPerChat].Array[Chats].SampleAsync(async chats =>
        {
            await Task.WhenAll(chats.Select(async (messages, index) =>
            {
                var user = 50_000 + index;
                foreach (var text in messages)
                {
                    // The first new message; with a file (/export) it can also be the file of the turn before.
                    var answer = await bot.SayAsync(user, text);

                    Assert.True(answer.Document is not null || !string.IsNullOrWhiteSpace(answer.PlainText));
                    Assert.DoesNotContain("something went wrong", answer.PlainText ?? string.Empty, StringComparison.Ordinal);
                }
            }));
        }, iter: 1, threads: 1);

        // The next poll confirms the last updates: then none is left unconfirmed.
        await bot.Emulator.WaitForLongPollAsync(TelegramTestBot.Wait);
        Assert.Equal(0, bot.Emulator.PendingUpdateCount);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Level >= LogLevel.Error);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Exception is not null && line.Level >= LogLevel.Warning);
    }
}

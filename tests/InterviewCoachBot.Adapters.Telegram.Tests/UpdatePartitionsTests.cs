using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

public sealed class UpdatePartitionsTests
{
    private const long Ann = 7;
    private const long Bob = 8;
    private const long Group = -100;

    [Fact]
    public void Of_MixedBatch_OneGroupPerSenderEachInUpdateOrder()
    {
        Update[] batch =
        [
            new() { Id = 1, Message = Message(Ann, Ann) },
            new() { Id = 2, CallbackQuery = new CallbackQuery { Id = "q", From = new User { Id = Bob } } },
            new() { Id = 3, EditedMessage = Message(Ann, Ann) },
            new() { Id = 4, Message = Message(from: null, Group) }, // posted on behalf of the group: no sender
            new() { Id = 5, MyChatMember = new ChatMemberUpdated { From = new User { Id = Bob }, Chat = new Chat { Id = Bob } } },
            new() { Id = 6 }, // a kind this bot does not read: names nobody
            new() { Id = 7, Message = Message(Ann, Group) },
            new() { Id = 8 },
        ];

        var groups = UpdatePartitions.Of(batch).ToDictionary(group => group.Key ?? 0, group => group.Select(update => update.Id).ToList());

        Assert.Equal([1, 3, 7], groups[Ann]);
        Assert.Equal([2, 5], groups[Bob]);
        Assert.Equal([4], groups[Group]);
        Assert.Equal([6, 8], groups[0]);
        Assert.Equal(4, groups.Count);
    }

    private static Message Message(long? from, long chat) => new()
    {
        Text = "hi",
        From = from is { } id ? new User { Id = id } : null,
        Chat = new Chat { Id = chat, Type = chat < 0 ? ChatType.Supergroup : ChatType.Private },
    };
}

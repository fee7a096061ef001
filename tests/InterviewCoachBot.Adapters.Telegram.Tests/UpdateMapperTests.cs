using InterviewCoachBot.Engine.Messages;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

public sealed class UpdateMapperTests
{
    [Fact]
    public void FromMessage_CommandWithBotName_CommandInputWithUpdateIdAsKey()
    {
        var update = Text(42, "/interview@coach_bot Acme | Dev");

        var inbound = UpdateMapper.FromMessage(update);

        Assert.NotNull(inbound);
        Assert.Equal(new UserRef("telegram", "7"), inbound.User);
        Assert.Equal("7", inbound.ChatId);
        Assert.Equal(new CommandInput("interview", "Acme | Dev"), inbound.Content);
        Assert.Equal("42", inbound.DedupeKey);
        Assert.Null(inbound.TimeZoneHint);
    }

    [Fact]
    public void FromMessage_PlainText_TextInput() =>
        Assert.Equal(new TextInput("Acme <b>"), UpdateMapper.FromMessage(Text(1, "Acme <b>"))!.Content);

    [Fact]
    public void FromMessage_GroupChat_Ignored()
    {
        var update = Text(1, "/help");
        update.Message!.Chat.Type = ChatType.Group;

        Assert.Null(UpdateMapper.FromMessage(update));
    }

    [Fact]
    public void FromMessage_NoText_Ignored()
    {
        var update = Text(1, "x");
        update.Message!.Text = null;

        Assert.Null(UpdateMapper.FromMessage(update));
    }

    [Fact]
    public void FromButton_Press_ButtonInputInTheMessagesChat()
    {
        var update = new Update { Id = 9 };
        var query = new CallbackQuery { Id = "q", From = new User { Id = 7 }, Data = "7:=email", Message = new Message { Chat = new Chat { Id = 7, Type = ChatType.Private } } };

        var inbound = UpdateMapper.FromButton(update, query, "=email");

        Assert.Equal(new ButtonInput("=email"), inbound.Content);
        Assert.Equal("9", inbound.DedupeKey);
        Assert.Equal("7", inbound.ChatId);
    }

    [Fact]
    public void FromMessageAndButton_SenderWithFirstAndLastName_CarryTheirDisplayName()
    {
        var update = Text(3, "hello");
        update.Message!.From!.LastName = "Lee";
        var press = new Update { Id = 4, CallbackQuery = new CallbackQuery { Id = "q", From = new User { Id = 7, FirstName = "Ann" }, Data = "7:=email" } };

        var typed = UpdateMapper.FromMessage(update)!;
        var pressed = UpdateMapper.FromButton(press, press.CallbackQuery, "=email");

        Assert.Equal("Ann Lee", typed.DisplayName);
        Assert.Equal("Ann", pressed.DisplayName);
        Assert.Equal("Ann Lee", UpdateMapper.DisplayNameOf(update)); // read back from a deferred update's stored context
    }

    private static Update Text(int id, string text) => new()
    {
        Id = id,
        Message = new Message
        {
            Text = text,
            From = new User { Id = 7, FirstName = "Ann" },
            Chat = new Chat { Id = 7, Type = ChatType.Private },
        },
    };
}

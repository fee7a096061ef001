using System.Globalization;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// Pauses a user's reminders the moment Telegram says they blocked the bot (my_chat_member "kicked"), through the same
/// path a 403 on a reminder takes, so no reminder is tried into a chat that can only answer 403.
/// </summary>
internal sealed class BlockedUsers(IBotStore store, INudgeDispatchLog nudges, TimeProvider time)
{
    public async Task PauseRemindersAsync(long telegramUserId, CancellationToken cancellationToken)
    {
        long? userId;
        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            var user = new UserRef(TelegramPlatform.Name, telegramUserId.ToString(CultureInfo.InvariantCulture));
            userId = (await transaction.Users.FindAsync(user, cancellationToken))?.Id;
        }

        // A user the bot never stored has no reminders to pause.
        if (userId is { } id)
        {
            await nudges.MarkUnreachableAsync(id, time.GetUtcNow(), cancellationToken);
        }
    }
}

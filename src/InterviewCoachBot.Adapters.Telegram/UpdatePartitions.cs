using Telegram.Bot.Types;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// Splits a polled batch by sender, so that different users' updates can be handled side by side while one user's stay
/// in the order Telegram sent them.
/// </summary>
internal static class UpdatePartitions
{
    /// <returns>One group per sender, each in update order; updates that name neither a sender nor a chat share one group.</returns>
    public static IEnumerable<IGrouping<long?, Update>> Of(IEnumerable<Update> updates) => updates.GroupBy(SenderOf);

    /// <summary>The user who sent the update, else its chat, else null.</summary>
    /// <remarks>
    /// One number space serves both: a private chat's id is its user's id, and group and channel ids are negative, so a
    /// chat id never stands for another user.
    /// </remarks>
    public static long? SenderOf(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.Message?.From?.Id
            ?? update.EditedMessage?.From?.Id
            ?? update.CallbackQuery?.From.Id
            ?? update.MyChatMember?.From.Id
            ?? (update.Message ?? update.EditedMessage ?? update.CallbackQuery?.Message)?.Chat.Id
            ?? update.MyChatMember?.Chat.Id;
    }
}

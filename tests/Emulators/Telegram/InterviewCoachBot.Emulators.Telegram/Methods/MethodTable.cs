namespace InterviewCoachBot.Emulators.Telegram.Methods;

/// <summary>The Bot API methods the emulator implements, by name (case-insensitive like the real API).</summary>
internal static class MethodTable
{
    public static IReadOnlyDictionary<string, MethodHandler> Create() =>
        new Dictionary<string, MethodHandler>(StringComparer.OrdinalIgnoreCase)
        {
            ["getMe"] = BotMethods.GetMe,
            ["setMyCommands"] = BotMethods.SetMyCommands,
            ["getMyCommands"] = BotMethods.GetMyCommands,
            ["answerCallbackQuery"] = BotMethods.AnswerCallbackQuery,
            ["sendChatAction"] = BotMethods.SendChatAction,
            ["getUpdates"] = UpdateMethods.GetUpdates,
            ["deleteWebhook"] = UpdateMethods.DeleteWebhook,
            ["setWebhook"] = UpdateMethods.SetWebhook,
            ["getWebhookInfo"] = UpdateMethods.GetWebhookInfo,
            ["sendMessage"] = MessageMethods.SendMessage,
            ["editMessageText"] = MessageMethods.EditMessageText,
            ["editMessageReplyMarkup"] = MessageMethods.EditMessageReplyMarkup,
            ["deleteMessage"] = MessageMethods.DeleteMessage,
            ["sendDocument"] = DocumentMethods.SendDocument,
        };
}

using System.Globalization;
using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Formatting;
using InterviewCoachBot.Emulators.Telegram.Http;
using InterviewCoachBot.Emulators.Telegram.Internal;

namespace InterviewCoachBot.Emulators.Telegram.Methods;

/// <summary>sendDocument: a multipart upload (direct part or attach://name) or a file_id sent before.</summary>
internal static class DocumentMethods
{
    private static long s_nextFileId = 1;

    public static Task<JsonNode?> SendDocument(MethodCall call)
    {
        var state = call.State;
        var chat = state.Chats.ResolveChat(call.Args);
        var document = ResolveDocument(call);
        var caption = call.Args.GetString("caption");
        var parseMode = call.Args.GetString("parse_mode");
        var formatted = TextFormatter.FormatCaption(caption, parseMode, call.Args.GetArray("caption_entities"));
        var markup = call.Args.GetObject("reply_markup");
        KeyboardRules.Validate(markup);
        var message = new BotMessage
        {
            ChatId = chat.Id,
            MessageId = state.Chats.NextMessageId(),
            Caption = caption,
            ParseMode = parseMode,
            PlainText = formatted?.Plain,
            Formatted = formatted,
            Document = document,
            ReplyMarkupJson = markup?.ToJsonString(),
            InlineKeyboard = KeyboardRules.ToButtons(markup),
            Date = state.Time.GetUtcNow(),
        };
        state.Chats.Add(message);
        return Task.FromResult<JsonNode?>(WireJson.BotMessage(message, chat, state.BotUser()));
    }

    private static BotDocument ResolveDocument(MethodCall call)
    {
        var reference = call.Args.GetString("document");
        UploadedFile? upload = null;
        if (reference is null)
        {
            upload = call.Files.GetValueOrDefault("document");
        }
        else if (reference.StartsWith("attach://", StringComparison.Ordinal))
        {
            upload = call.Files.GetValueOrDefault(reference["attach://".Length..]);
        }
        else
        {
            return call.State.Chats.FindDocument(reference)
                ?? throw BotApiException.BadRequest("wrong file identifier/HTTP URL specified");
        }

        if (upload is null || upload.Content.Length == 0)
        {
            throw BotApiException.BadRequest("file must be non-empty");
        }

        var fileId = "BQACAgIAAxkDAAI" + Interlocked.Increment(ref s_nextFileId).ToString(CultureInfo.InvariantCulture);
        return new BotDocument(fileId, upload.FileName, upload.ContentType, upload.Content);
    }
}

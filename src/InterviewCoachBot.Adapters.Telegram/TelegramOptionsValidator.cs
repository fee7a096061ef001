using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Telegram;

[OptionsValidator]
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>;

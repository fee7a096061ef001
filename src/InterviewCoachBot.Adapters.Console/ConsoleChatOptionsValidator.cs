using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Console;

[OptionsValidator]
internal sealed partial class ConsoleChatOptionsValidator : IValidateOptions<ConsoleChatOptions>;

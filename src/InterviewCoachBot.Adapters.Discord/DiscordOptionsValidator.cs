using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Discord;

[OptionsValidator]
internal sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>;

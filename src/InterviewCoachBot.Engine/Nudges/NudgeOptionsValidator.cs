using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Engine.Nudges;

[OptionsValidator]
internal sealed partial class NudgeOptionsValidator : IValidateOptions<NudgeOptions>;

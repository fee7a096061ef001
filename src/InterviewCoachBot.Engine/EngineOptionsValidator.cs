using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Engine;

[OptionsValidator]
internal sealed partial class EngineOptionsValidator : IValidateOptions<EngineOptions>;

using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Engine.Pacing;

[OptionsValidator]
internal sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;

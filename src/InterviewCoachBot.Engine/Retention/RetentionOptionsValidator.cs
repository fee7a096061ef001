using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Engine.Retention;

[OptionsValidator]
internal sealed partial class RetentionOptionsValidator : IValidateOptions<RetentionOptions>;

namespace InterviewCoachBot.Adapters.Telegram.Tests;

/// <summary>
/// Tests that make the adapter set <see cref="Environment.ExitCode"/> (process-wide) and reset it: in one collection, so
/// one never reads or resets the code while another is setting it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ProcessExitCodeGroup
{
    public const string Name = "Environment.ExitCode";
}

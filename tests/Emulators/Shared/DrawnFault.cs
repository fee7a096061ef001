namespace InterviewCoachBot.Emulators.Faults;

/// <summary>The kinds of fault a seeded schedule draws; each emulator turns them into its platform's answer.</summary>
internal enum DrawnFault
{
    None,
    RateLimited,
    ServerError,
    Timeout,
    DropBeforeEffect,
    DropAfterEffect,
}

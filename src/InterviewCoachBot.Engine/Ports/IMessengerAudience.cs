namespace InterviewCoachBot.Engine.Ports;

/// <summary>
/// Optional, beside an <see cref="IMessenger"/>: limits whom that messenger can reach. The console chat registers one naming
/// the person chatting, so one console process never claims (and so never loses) another console user's nudges.
/// </summary>
public interface IMessengerAudience
{
    string Platform { get; }

    IReadOnlyList<string> ExternalUserIds { get; }
}

namespace InterviewCoachBot.Emulators.Faults;

/// <summary>
/// One draw per request from a seed and the request number (counted from 1), with 429s in bursts: a drawn rate limit
/// also answers the next <c>burstLength - 1</c> requests. Shared by both emulators' fault schedules (linked source).
/// </summary>
internal sealed class FaultDraws(long seed)
{
    private readonly Lock _gate = new();
    private long _requests;
    private int _burstLeft;

    public long RequestCount
    {
        get
        {
            lock (_gate)
            {
                return _requests;
            }
        }
    }

    /// <summary>The fault for the next request and its number; chances are tried in this order and add up.</summary>
    public (DrawnFault Fault, long Number) Next(
        double burstChance, int burstLength, double serverErrorChance, double timeoutChance, double dropBeforeChance, double dropAfterChance)
    {
        lock (_gate)
        {
            var number = ++_requests;
            if (_burstLeft > 0)
            {
                _burstLeft--;
                return (DrawnFault.RateLimited, number);
            }

            var roll = SeededRandom.Unit(seed, number);
            if ((roll -= burstChance) < 0)
            {
                _burstLeft = burstLength - 1;
                return (DrawnFault.RateLimited, number);
            }

            var fault = (roll -= serverErrorChance) < 0 ? DrawnFault.ServerError
                : (roll -= timeoutChance) < 0 ? DrawnFault.Timeout
                : (roll -= dropBeforeChance) < 0 ? DrawnFault.DropBeforeEffect
                : (roll -= dropAfterChance) < 0 ? DrawnFault.DropAfterEffect
                : DrawnFault.None;
            return (fault, number);
        }
    }
}

namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>Faults queued per route key by <see cref="DiscordEmulator.FailNextRest"/>.</summary>
internal sealed class FaultQueue
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<RestFault>> _faults = new(StringComparer.Ordinal);

    public void Add(string routeKey, RestFault fault, int times)
    {
        lock (_lock)
        {
            if (!_faults.TryGetValue(routeKey, out var queue))
            {
                queue = new Queue<RestFault>();
                _faults[routeKey] = queue;
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    public RestFault? TakeNext(string routeKey)
    {
        lock (_lock)
        {
            return _faults.TryGetValue(routeKey, out var queue) && queue.TryDequeue(out var fault) ? fault : null;
        }
    }
}

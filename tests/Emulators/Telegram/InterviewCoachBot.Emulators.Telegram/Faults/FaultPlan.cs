namespace InterviewCoachBot.Emulators.Telegram.Faults;

/// <summary>Queued faults, each consumed by the next request for its method ("*" matches every method).</summary>
internal sealed class FaultPlan
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    public void Add(string method, TelegramFault fault, int times)
    {
        lock (_gate)
        {
            _entries.Add(new Entry(method, fault) { Remaining = times });
        }
    }

    public TelegramFault? TakeFor(string method)
    {
        lock (_gate)
        {
            var entry = _entries.Find(e => e.Method == "*" || e.Method.Equals(method, StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                return null;
            }

            entry.Remaining--;
            if (entry.Remaining == 0)
            {
                _entries.Remove(entry);
            }

            return entry.Fault;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    private sealed record Entry(string Method, TelegramFault Fault)
    {
        public int Remaining { get; set; }
    }
}

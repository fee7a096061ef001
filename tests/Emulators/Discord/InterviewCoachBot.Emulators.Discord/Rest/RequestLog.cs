namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>Every REST request, in arrival order.</summary>
internal sealed class RequestLog
{
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];

    public void Add(RecordedRequest request)
    {
        lock (_lock)
        {
            _requests.Add(request);
        }
    }

    public IReadOnlyList<RecordedRequest> All()
    {
        lock (_lock)
        {
            return [.. _requests];
        }
    }
}

namespace InterviewCoachBot.Emulators.Discord.Gateway;

/// <summary>A gateway session: sequence counter and the dispatches kept for RESUME. Guarded by the hub's lock.</summary>
internal sealed class GatewaySession(string id)
{
    public string Id { get; } = id;

    public int Sequence { get; set; }

    public LinkedList<(int Seq, string Json)> Buffer { get; } = new();

    public GatewayConnection? Connection { get; set; }

    public bool Invalidated { get; set; }
}

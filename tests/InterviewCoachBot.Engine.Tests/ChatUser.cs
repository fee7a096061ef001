using System.Globalization;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Engine.Tests;

/// <summary>One person talking to the engine, the way an adapter would pass their messages on.</summary>
/// <param name="chat">The chat they write from; the same person may use several (a DM and a server).</param>
internal sealed class ChatUser(BotHarness harness, string name, string? chat = null)
{
    public const string Platform = "test";

    private int sequence;

    public string Name => name;

    /// <summary>The name the platform shows for them, if it gives one.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Everything the bot answered to the last message.</summary>
    public IReadOnlyList<Reply> LastReplies { get; private set; } = [];

    /// <summary>All reply texts of the last message, joined.</summary>
    public string LastText => string.Join("\n\n", LastReplies.Select(reply => reply.Text));

    /// <summary>Sends a line: "/verb args" as a command, anything else as text.</summary>
    public Task<IReadOnlyList<Reply>> SendAsync(string line)
    {
        InboundContent content = line.StartsWith('/')
            ? ToCommand(line)
            : new TextInput(line);
        return DeliverAsync(content, NextKey());
    }

    /// <summary>Presses the button with this label (or the start of it) under the last replies.</summary>
    public Task<IReadOnlyList<Reply>> PressAsync(string label)
    {
        var button = LastReplies.SelectMany(reply => reply.Buttons).SelectMany(row => row)
            .FirstOrDefault(candidate => candidate.Label.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No button '{label}' in: {LastText}");
        return PressDataAsync(button.Data);
    }

    /// <summary>Submits a form (a Discord modal) with these values by field key.</summary>
    public Task<IReadOnlyList<Reply>> SubmitAsync(IReadOnlyDictionary<string, string> values) => DeliverAsync(new FormInput(values), NextKey());

    /// <summary>Sends raw button data, as a tampered or stale client could.</summary>
    public Task<IReadOnlyList<Reply>> PressDataAsync(string data) => DeliverAsync(new ButtonInput(data), NextKey());

    /// <summary>Delivers a message under an explicit dedupe key, as a platform redelivering an update would.</summary>
    public async Task<IReadOnlyList<Reply>> DeliverAsync(InboundContent content, string dedupeKey)
    {
        await HandleAsync(content, dedupeKey);
        return LastReplies;
    }

    /// <summary>Sends a command line and returns the outbox rows of its replies, for a test that marks them delivered.</summary>
    public Task<IReadOnlyList<Delivery>> DeliverWithIdsAsync(string line) => HandleAsync(ToCommand(line), NextKey());

    /// <summary>The same person writing from another chat.</summary>
    public ChatUser InChat(string otherChat) => new(harness, name, otherChat) { DisplayName = DisplayName };

    public IReadOnlyList<string> ButtonLabels() =>
        [.. LastReplies.SelectMany(reply => reply.Buttons).SelectMany(row => row).Select(button => button.Label)];

    private async Task<IReadOnlyList<Delivery>> HandleAsync(InboundContent content, string dedupeKey)
    {
        var deliveries = await harness.Engine.HandleAsync(
            new Inbound(new UserRef(Platform, name), chat ?? "chat-" + name, content, dedupeKey, DisplayName: DisplayName),
            TestContext.Current.CancellationToken);
        LastReplies = [.. deliveries.Select(delivery => delivery.Reply)];
        return deliveries;
    }

    private static CommandInput ToCommand(string line)
    {
        var (verb, arguments) = CommandLine.Split(line);
        return new CommandInput(verb, arguments);
    }

    private string NextKey() => string.Create(CultureInfo.InvariantCulture, $"{name}-{++sequence}-{Guid.NewGuid():N}");
}

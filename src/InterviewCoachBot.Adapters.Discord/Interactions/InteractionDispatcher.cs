using System.Collections.Concurrent;
using System.Text.Json;
using InterviewCoachBot.Adapters.Discord.Gateway;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Adapters.Discord.Interactions;

/// <summary>
/// Takes <c>INTERACTION_CREATE</c> off the gateway's receive loop: each runs on its own task so a slow one never delays
/// heartbeats or the next event. Replays after a RESUME are dropped here by interaction id (and, across restarts, by the
/// engine, which records the id as the dedupe key). One older than <see cref="MaxAge"/> is dropped before the engine sees
/// it: Discord no longer takes its answer, so applying it would change data the user was told nothing about (they saw
/// "did not respond" and may already have tried again). This trusts the host clock to be NTP-synced.
/// </summary>
internal sealed class InteractionDispatcher(
    InteractionHandler handler,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<InteractionDispatcher> logger) : IGatewayDispatchHandler
{
    /// <summary>Discord's window is 3 s from creation; half a second is left for the answer to reach it.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2.5);

    private const int RememberedIds = 4096;
    private readonly ConcurrentDictionary<Task, byte> running = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Queue<string> seenOrder = new();
    private readonly Lock gate = new();

    public void OnDispatch(string eventName, JsonElement data, long receivedAt)
    {
        if (eventName != "INTERACTION_CREATE")
        {
            return;
        }

        if (Interaction.TryParse(data) is not { } interaction)
        {
            logger.UnreadableInteraction();
            return;
        }

        if (!FirstSighting(interaction.Id))
        {
            logger.ReplayedInteraction();
            return;
        }

        if (time.GetUtcNow() - interaction.CreatedAt is { } age && age > MaxAge)
        {
            logger.StaleInteraction(interaction.Type, age);
            return;
        }

        var task = Task.Run(() => RunAsync(interaction, receivedAt), CancellationToken.None);
        running.TryAdd(task, 0);
        _ = task.ContinueWith(done => running.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Waits for the interactions in flight (at shutdown).</summary>
    public Task DrainAsync() => Task.WhenAll(running.Keys);

    private async Task RunAsync(Interaction interaction, long receivedAt)
    {
        try
        {
            await handler.HandleAsync(interaction, receivedAt, lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.InteractionFailed(ex);
        }
    }

    private bool FirstSighting(string id)
    {
        lock (gate)
        {
            if (!seen.Add(id))
            {
                return false;
            }

            seenOrder.Enqueue(id);
            if (seenOrder.Count > RememberedIds)
            {
                seen.Remove(seenOrder.Dequeue());
            }

            return true;
        }
    }
}

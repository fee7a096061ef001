using System.Text.Json;

namespace InterviewCoachBot.Adapters.Discord.Gateway;

/// <summary>Receives dispatched events (other than READY and RESUMED). Called on the receive loop: return at once.</summary>
public interface IGatewayDispatchHandler
{
    /// <param name="receivedAt">A <see cref="TimeProvider.GetTimestamp"/> taken when the event arrived (interaction deadlines run from it).</param>
    void OnDispatch(string eventName, JsonElement data, long receivedAt);
}

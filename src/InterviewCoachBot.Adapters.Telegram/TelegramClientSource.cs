using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;

namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>
/// Hands long-lived services a fresh typed client per call, so the <see cref="IHttpClientFactory"/> keeps rotating its
/// handlers (a client captured in a singleton would pin one handler forever).
/// </summary>
internal sealed class TelegramClientSource(IServiceProvider services)
{
    public ITelegramBotClient Client => services.GetRequiredService<ITelegramBotClient>();
}

using InterviewCoachBot.Emulators.Discord;

namespace InterviewCoachBot.Host.Tests;

/// <summary>What a Discord user sees of the bot's answer to an interaction: the original response and its follow-ups.</summary>
internal static class InteractionResponses
{
    public static IEnumerable<string> CustomIds(InteractionResponse response) =>
        (response.Original?.CustomIds ?? []).Concat(response.FollowUps.SelectMany(f => f.CustomIds));

    public static string Shown(InteractionResponse response) =>
        string.Join("\n", new[] { response.Original?.Content ?? string.Empty }.Concat(response.FollowUps.Select(f => f.Content))).Trim();
}

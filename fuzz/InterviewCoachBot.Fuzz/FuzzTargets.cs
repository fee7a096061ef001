using System.Text;
using System.Text.Json;
using InterviewCoachBot.Adapters.Discord.Interactions;
using InterviewCoachBot.Adapters.Telegram;
using InterviewCoachBot.Engine.Time;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace InterviewCoachBot.Fuzz;

/// <summary>
/// What each fuzz target does with one input. An input the platform's JSON reader refuses (<see cref="JsonException"/>) is
/// simply not a payload; any other exception is a crash AFL records.
/// </summary>
internal static class FuzzTargets
{
    // Nothing instrumented may run before Fuzzer.Run has set up AFL's shared memory, so the parser is made on first use.
    private static readonly Lazy<MomentParser> Parser = new(() => new MomentParser());
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimeZoneInfo[] Zones =
        [.. new[] { "UTC", "Europe/Berlin", "America/St_Johns", "Australia/Lord_Howe" }.Select(TimeZoneInfo.FindSystemTimeZoneById)];

    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["date"] = Date,
        ["telegram-update"] = TelegramUpdate,
        ["discord-interaction"] = DiscordInteraction,
    };

    /// <summary>The date and time parser as a user types into it, in zones with DST gaps, odd offsets and half-hour DST.</summary>
    private static void Date(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        foreach (var zone in Zones)
        {
            _ = Parser.Value.Parse(text, Now, zone);
            _ = Parser.Value.Parse(text, Now, zone, upcoming: true);
            _ = Parser.Value.ParseDay(text, Now, zone);
        }
    }

    /// <summary>A Telegram update as Telegram.Bot reads it from getUpdates, then mapped to the engine's terms.</summary>
    private static void TelegramUpdate(byte[] input)
    {
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(input, JsonBotAPI.Options);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException)
        {
            // Refused by Telegram.Bot before the adapter sees it. KeyNotFoundException comes from its polymorphic
            // converters when a discriminator such as a chat member's "status" is missing (found by this target).
            return;
        }

        if (update is not null)
        {
            _ = UpdateMapper.FromMessage(update);
            _ = UpdateMapper.DedupeKey(update);
        }
    }

    /// <summary>The <c>d</c> of an INTERACTION_CREATE dispatch, read as the gateway loop and the handler read it.</summary>
    private static void DiscordInteraction(byte[] input)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(input);
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            if (Interaction.TryParse(document.RootElement) is { } interaction)
            {
                _ = interaction.CustomId;
                _ = interaction.ToString();
                _ = CommandOptions.Name(interaction.Data);
                _ = CommandOptions.Arguments(interaction.Data);
                _ = CommandOptions.Focused(interaction.Data);
                _ = ModalForm.SubmittedText(interaction.Data);
            }
        }
    }
}

using System.Text.Json;
using InterviewCoachBot.Emulators.Discord;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewCoachBot.Adapters.Discord.Tests.Interactions;

/// <summary>Slash commands, buttons and modals end to end: emulator → gateway → engine on SQLite → interaction answers.</summary>
public sealed class InteractionTests
{
    private static readonly Dictionary<string, object?> NoOptions = [];

    [Fact]
    public async Task SlashCommand_InGuild_AnswersEphemerallyWithEscapedTextAndNoMentions()
    {
        await using var discord = await StartedAsync();

        var handle = await discord.Emulator.SendSlashCommandAsync(
            TestUsers.Alice,
            "interview",
            new Dictionary<string, object?> { ["details"] = "Acme *Corp* <@123> | Backend_Engineer | Dana @everyone | yesterday 15:00 | email" },
            guildId: TestUsers.Guild);
        var response = await handle.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        var shown = Shown(response);
        Assert.Contains("Saved interview #1.", shown, StringComparison.Ordinal);
        Assert.Contains("Acme \\*Corp\\* <@\u200B123\\>", shown, StringComparison.Ordinal);
        Assert.Contains("Backend\\_Engineer", shown, StringComparison.Ordinal);
        Assert.Contains("@\u200Beveryone", shown, StringComparison.Ordinal);
        Assert.Equal(64, response.Original!.Flags & 64);
        Assert.All(discord.Emulator.RestRequests.Where(r => r.AllowedMentionsSuppressed is not null), r => Assert.True(r.AllowedMentionsSuppressed));
        Assert.InRange(response.AckLatency, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        TestContext.Current.TestOutputHelper?.WriteLine($"interaction ACK latency: {response.AckLatency.TotalMilliseconds:F1} ms (callback type {response.CallbackType})");
    }

    [Fact]
    public async Task SlashCommand_InDm_AnswersVisibly()
    {
        await using var discord = await StartedAsync();

        var handle = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "help", NoOptions);
        var response = await handle.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        Assert.Contains("/interview", Shown(response), StringComparison.Ordinal);
        Assert.Equal(0, response.Original!.Flags & 64);
    }

    [Fact]
    public async Task SlowEngine_DefersThenEditsTheOriginal()
    {
        var gate = new TaskCompletionSource();
        await using var discord = await DiscordHarness.StartAsync(configure: services => services.Replace(ServiceDescriptor.Singleton<IBotStore>(
            provider => new GatedBotStore(new SqliteBotStore(provider.GetRequiredService<SqliteDatabase>()), gate.Task))));
        await discord.WaitForSessionAsync();

        var handle = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "help", NoOptions, guildId: TestUsers.Guild);
        var deferred = await handle.WaitForResponseAsync(DiscordHarness.Wait);
        gate.SetResult();
        var response = await handle.WaitForResponseAsync(r => r.OriginalEdits.Count > 0, DiscordHarness.Wait);

        Assert.Equal(5, deferred.CallbackType);
        Assert.Equal(64, deferred.CallbackBody.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.InRange(deferred.AckLatency, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        Assert.Contains("/interview", response.Original!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ButtonPress_ByTheOwner_AnswersTheWizard()
    {
        await using var discord = await StartedAsync();
        var question = await AskChannelAsync(discord);
        var email = question.Original!.CustomIds.Single(id => id.EndsWith("=email", StringComparison.OrdinalIgnoreCase));

        var press = await discord.Emulator.PressButtonAsync(TestUsers.Alice, email, guildId: TestUsers.Guild);
        var response = await press.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        Assert.StartsWith(TestUsers.Alice.Id + ":", email, StringComparison.Ordinal);
        Assert.Contains("Saved interview #1.", Shown(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerButton_OnlyOnRepliesThatAskForTypedText()
    {
        await using var discord = await StartedAsync();

        // The channel question offers its choices as buttons and expects no typed text, though the wizard is open.
        // Each wizard is cancelled before the next command: an open one would ask before it is left, and /help asks its question again.
        var choice = await AskChannelAsync(discord);
        await CancelAsync(discord);
        var company = await (await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "interview", NoOptions, guildId: TestUsers.Guild))
            .WaitForResponseAsync(r => AllCustomIds(r).Any(), DiscordHarness.Wait);
        await CancelAsync(discord);
        var help = await (await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "help", NoOptions, guildId: TestUsers.Guild))
            .WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        Assert.NotEmpty(choice.Original!.CustomIds);
        Assert.DoesNotContain(AllCustomIds(choice), IsAnswer);
        Assert.Contains(AllCustomIds(company), IsAnswer);
        Assert.DoesNotContain(AllCustomIds(help), IsAnswer);
    }

    private static async Task CancelAsync(DiscordHarness discord) =>
        await (await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "cancel", NoOptions, guildId: TestUsers.Guild))
            .WaitForResponseAsync(r => Shown(r).Contains("Cancelled", StringComparison.Ordinal), DiscordHarness.Wait);

    [Fact]
    public async Task Export_InDm_SendsTheJsonAndTheCalendarAsAttachments()
    {
        await using var discord = await StartedAsync();
        var add = await discord.Emulator.SendSlashCommandAsync(
            TestUsers.Alice, "interview", new Dictionary<string, object?> { ["details"] = "Acme | Backend Engineer | Dana | tomorrow 15:00 | email" });
        await add.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        var export = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "export", NoOptions);
        var response = await export.WaitForResponseAsync(r => Attachments(r).Count() == 2, DiscordHarness.Wait);

        AssertExport(response);
        Assert.DoesNotContain("attach", Shown(response), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, discord.Emulator.ReceivedAttachments.Count);
    }

    [Fact]
    public async Task Export_SlowEngineInGuild_UploadsWithTheOriginalEditAndTheFollowUp()
    {
        var gate = new TaskCompletionSource();
        await using var discord = await DiscordHarness.StartAsync(configure: services => services.Replace(ServiceDescriptor.Singleton<IBotStore>(
            provider => new GatedBotStore(new SqliteBotStore(provider.GetRequiredService<SqliteDatabase>()), gate.Task))));
        await discord.WaitForSessionAsync();

        var handle = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "export", NoOptions, guildId: TestUsers.Guild);
        var deferred = await handle.WaitForResponseAsync(DiscordHarness.Wait);
        gate.SetResult();
        var response = await handle.WaitForResponseAsync(r => Attachments(r).Count() == 2, DiscordHarness.Wait);

        Assert.Equal(5, deferred.CallbackType);
        AssertExport(response);
        Assert.Equal(64, response.FollowUps.Single().Flags & 64);
    }

    [Fact]
    public async Task ButtonPress_ByAnotherUser_IsRefusedAndChangesNothing()
    {
        await using var discord = await StartedAsync();
        var question = await AskChannelAsync(discord);
        var email = question.Original!.CustomIds.Single(id => id.EndsWith("=email", StringComparison.OrdinalIgnoreCase));

        var bobs = await discord.Emulator.PressButtonAsync(TestUsers.Bob, email, guildId: TestUsers.Guild);
        var refused = await bobs.WaitForResponseAsync(DiscordHarness.Wait);
        var alices = await discord.Emulator.PressButtonAsync(TestUsers.Alice, email, guildId: TestUsers.Guild);
        var saved = await alices.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        Assert.Equal(4, refused.CallbackType);
        Assert.Contains("isn't yours", refused.Original!.Content, StringComparison.Ordinal);
        Assert.Equal(64, refused.Original.Flags & 64);
        Assert.Contains("Saved interview #1.", Shown(saved), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerButton_OpensAModal_AndTheSubmittedTextAnswersTheWizard()
    {
        await using var discord = await StartedAsync();
        var start = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "interview", NoOptions);
        var question = await start.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);
        var answer = question.Original!.CustomIds.Single(id => id.EndsWith(":answer", StringComparison.Ordinal));

        var press = await discord.Emulator.PressButtonAsync(TestUsers.Alice, answer);
        var modal = await press.WaitForResponseAsync(DiscordHarness.Wait);
        var modalId = modal.Data!.Value.GetProperty("custom_id").GetString()!;
        var submit = await discord.Emulator.SubmitModalAsync(TestUsers.Alice, modalId, new Dictionary<string, string> { ["text"] = "Acme Corp" });
        var next = await submit.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        Assert.Contains("company", question.Original.Content, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(9, modal.CallbackType);
        Assert.Contains("role", Shown(next), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ModalSubmit_ByAnotherUser_IsRefused()
    {
        await using var discord = await StartedAsync();

        var submit = await discord.Emulator.SubmitModalAsync(TestUsers.Bob, TestUsers.Alice.Id + ":answer", new Dictionary<string, string> { ["text"] = "x" });
        var response = await submit.WaitForResponseAsync(DiscordHarness.Wait);

        Assert.Contains("isn't yours", response.Original!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_TimeZone_OffersWhatWasTypedAndMatchingZones()
    {
        await using var discord = await StartedAsync();

        var handle = await discord.Emulator.AutocompleteAsync(TestUsers.Alice, "timezone", new Dictionary<string, object?> { ["details"] = "berl" }, "details");
        var response = await handle.WaitForResponseAsync(DiscordHarness.Wait);

        Assert.Equal(8, response.CallbackType);
        var names = response.Data!.Value.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal("berl", names[0]);
        Assert.Contains("Europe/Berlin", names);
    }

    [Fact]
    public async Task Autocomplete_Interview_ListsTheUsersInterviews()
    {
        await using var discord = await StartedAsync();
        var add = await discord.Emulator.SendSlashCommandAsync(
            TestUsers.Alice, "interview", new Dictionary<string, object?> { ["details"] = "Acme | Backend Engineer | Dana | yesterday 15:00 | email" });
        await add.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        var alices = await (await discord.Emulator.AutocompleteAsync(TestUsers.Alice, "edit", new Dictionary<string, object?> { ["interview"] = "" }, "interview"))
            .WaitForResponseAsync(DiscordHarness.Wait);
        var bobs = await (await discord.Emulator.AutocompleteAsync(TestUsers.Bob, "edit", new Dictionary<string, object?> { ["interview"] = "" }, "interview"))
            .WaitForResponseAsync(DiscordHarness.Wait);

        var choice = Assert.Single(alices.Data!.Value.GetProperty("choices").EnumerateArray());
        Assert.Equal("#1 Acme: Backend Engineer", choice.GetProperty("name").GetString());
        Assert.Equal(1, choice.GetProperty("value").GetInt32());
        Assert.Empty(bobs.Data!.Value.GetProperty("choices").EnumerateArray());
    }

    [Fact]
    public async Task SlashCommand_InterviewNumberAndDetails_ReachTheEngineInOrder()
    {
        await using var discord = await StartedAsync();
        var add = await discord.Emulator.SendSlashCommandAsync(
            TestUsers.Alice, "interview", new Dictionary<string, object?> { ["details"] = "Acme | Backend Engineer | Dana | yesterday 15:00 | email" });
        await add.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        var edit = await discord.Emulator.SendSlashCommandAsync(
            TestUsers.Alice, "edit", new Dictionary<string, object?> { ["interview"] = 1, ["details"] = "role Staff Engineer" });
        var response = await edit.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        Assert.Contains("Staff Engineer", Shown(response), StringComparison.Ordinal);
    }

    private static async Task<DiscordHarness> StartedAsync()
    {
        var discord = await DiscordHarness.StartAsync();
        await discord.WaitForSessionAsync();
        return discord;
    }

    private static async Task<InteractionResponse> AskChannelAsync(DiscordHarness discord)
    {
        var handle = await discord.Emulator.SendSlashCommandAsync(
            TestUsers.Alice, "interview", new Dictionary<string, object?> { ["details"] = "Acme | Backend Engineer | Dana | yesterday 15:00" }, guildId: TestUsers.Guild);
        return await handle.WaitForResponseAsync(r => r.Original?.CustomIds.Count > 0, DiscordHarness.Wait);
    }

    private static void AssertExport(InteractionResponse response)
    {
        var files = Attachments(response).ToList();
        Assert.Equal(["interviewcoachbot-data.json", "interviewcoachbot-steps.ics"], files.Select(f => f.FileName));
        using var json = JsonDocument.Parse(files[0].Content);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.Contains("BEGIN:VCALENDAR", files[1].Text, StringComparison.Ordinal);
        Assert.Contains("END:VCALENDAR", files[1].Text, StringComparison.Ordinal);
    }

    private static IEnumerable<ReceivedAttachment> Attachments(InteractionResponse response) =>
        (response.Original?.Attachments ?? []).Concat(response.FollowUps.SelectMany(f => f.Attachments));

    private static IEnumerable<string> AllCustomIds(InteractionResponse response) =>
        (response.Original?.CustomIds ?? []).Concat(response.FollowUps.SelectMany(f => f.CustomIds));

    private static bool IsAnswer(string customId) => customId.EndsWith(":answer", StringComparison.Ordinal);

    /// <summary>Everything the user sees for this interaction: the original answer and the follow-ups.</summary>
    internal static string Shown(InteractionResponse response) =>
        string.Join("\n", new[] { response.Original?.Content ?? string.Empty }.Concat(response.FollowUps.Select(f => f.Content))).Trim();

    internal static JsonElement Choices(InteractionResponse response) => response.Data!.Value.GetProperty("choices");
}

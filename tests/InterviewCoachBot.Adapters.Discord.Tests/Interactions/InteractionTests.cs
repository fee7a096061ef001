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
        var place = await (await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "timezone", NoOptions, guildId: TestUsers.Guild))
            .WaitForResponseAsync(r => AllCustomIds(r).Any(), DiscordHarness.Wait);
        await CancelAsync(discord);
        var help = await (await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "help", NoOptions, guildId: TestUsers.Guild))
            .WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        Assert.NotEmpty(choice.Original!.CustomIds);
        Assert.DoesNotContain(AllCustomIds(choice), IsAnswer);
        Assert.Contains(AllCustomIds(place), IsAnswer);
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
        var start = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "timezone", NoOptions);
        var question = await start.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);
        var answer = question.Original!.CustomIds.Single(IsAnswer);

        var press = await discord.Emulator.PressButtonAsync(TestUsers.Alice, answer);
        var modal = await press.WaitForResponseAsync(DiscordHarness.Wait);
        var modalId = modal.Data!.Value.GetProperty("custom_id").GetString()!;
        var submit = await discord.Emulator.SubmitModalAsync(TestUsers.Alice, modalId, new Dictionary<string, string> { ["text"] = "Tokyo" });
        var next = await submit.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        Assert.Contains("city, country or zone", question.Original.Content, StringComparison.Ordinal);
        Assert.Equal(9, modal.CallbackType);
        Assert.Contains("Your time zone is now", Shown(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_WithoutOptions_TakesThreeInteractions_AFormInOneModal_ThenTheChannel()
    {
        await using var discord = await StartedAsync();
        var interactions = new List<InteractionHandle>();

        interactions.Add(await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "interview", NoOptions, guildId: TestUsers.Guild));
        var modal = await interactions[^1].WaitForResponseAsync(DiscordHarness.Wait);
        var form = modal.Data!.Value;
        var inputs = form.GetProperty("components").EnumerateArray().Select(row => row.GetProperty("components")[0]).ToList();
        interactions.Add(await discord.Emulator.SubmitModalAsync(
            TestUsers.Alice,
            form.GetProperty("custom_id").GetString()!,
            new Dictionary<string, string> { ["company"] = "Acme Corp", ["role"] = "Backend Engineer", ["interviewers"] = "", ["when"] = "yesterday 15:00" },
            TestUsers.Guild));
        var channel = await interactions[^1].WaitForResponseAsync(r => AllCustomIds(r).Any(), DiscordHarness.Wait);
        var email = AllCustomIds(channel).Single(id => id.EndsWith("=email", StringComparison.OrdinalIgnoreCase));
        interactions.Add(await discord.Emulator.PressButtonAsync(TestUsers.Alice, email, guildId: TestUsers.Guild));
        var saved = await interactions[^1].WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        Assert.Equal(9, modal.CallbackType);
        Assert.Equal("New interview", form.GetProperty("title").GetString());
        Assert.Equal(["company", "role", "interviewers", "when"], inputs.Select(input => input.GetProperty("custom_id").GetString()));
        Assert.Equal(
            ["Which company is the interview with?", "What's the role?", "Who interviewed you (or will)?", "When is or was the interview?"],
            inputs.Select(input => input.GetProperty("label").GetString()));
        Assert.Equal([true, true, false, true], inputs.Select(input => input.GetProperty("required").GetBoolean()));
        Assert.Equal("Acme Corp", inputs[0].GetProperty("placeholder").GetString());
        Assert.Contains("How have you been in touch", Shown(channel), StringComparison.Ordinal);
        Assert.Contains("Saved interview #1.", Shown(saved), StringComparison.Ordinal);
        Assert.Contains("#1 Acme Corp: Backend Engineer", Shown(saved), StringComparison.Ordinal);
        Assert.Equal(3, interactions.Count);
    }

    [Fact]
    public async Task Form_OneWrongAnswer_IsAskedAgain_AndTheAnswerButtonOpensTheFormWithThatFieldOnly()
    {
        await using var discord = await StartedAsync();
        var modal = await (await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "interview", NoOptions)).WaitForResponseAsync(DiscordHarness.Wait);
        var formId = modal.Data!.Value.GetProperty("custom_id").GetString()!;

        var wrong = await (await discord.Emulator.SubmitModalAsync(
                TestUsers.Alice,
                formId,
                new Dictionary<string, string> { ["company"] = "Acme Corp", ["role"] = "Backend Engineer", ["interviewers"] = "Dana Levi", ["when"] = "31 Feb 10:00" }))
            .WaitForResponseAsync(r => AllCustomIds(r).Any(), DiscordHarness.Wait);
        var reopened = await (await discord.Emulator.PressButtonAsync(TestUsers.Alice, AllCustomIds(wrong).Single(IsAnswer))).WaitForResponseAsync(DiscordHarness.Wait);
        var input = Assert.Single(reopened.Data!.Value.GetProperty("components").EnumerateArray()).GetProperty("components")[0];
        var channel = await (await discord.Emulator.SubmitModalAsync(
                TestUsers.Alice, reopened.Data!.Value.GetProperty("custom_id").GetString()!, new Dictionary<string, string> { ["when"] = "yesterday 15:00" }))
            .WaitForResponseAsync(r => AllCustomIds(r).Any(), DiscordHarness.Wait);

        Assert.Contains("Feb", Shown(wrong), StringComparison.Ordinal);
        Assert.Contains("When did the interview take place", Shown(wrong), StringComparison.Ordinal);
        Assert.Equal(9, reopened.CallbackType);
        Assert.Equal("New interview", reopened.Data!.Value.GetProperty("title").GetString());
        Assert.Equal(("when", "When is or was the interview?"), (input.GetProperty("custom_id").GetString(), input.GetProperty("label").GetString()));
        Assert.Contains("step 5 of 5", Shown(channel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_SlowEngine_DefersAndOffersTheFormBehindTheAnswerButton()
    {
        var gate = new TaskCompletionSource();
        await using var discord = await DiscordHarness.StartAsync(configure: services => services.Replace(ServiceDescriptor.Singleton<IBotStore>(
            provider => new GatedBotStore(new SqliteBotStore(provider.GetRequiredService<SqliteDatabase>()), gate.Task))));
        await discord.WaitForSessionAsync();

        var handle = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "interview", NoOptions, guildId: TestUsers.Guild);
        var deferred = await handle.WaitForResponseAsync(DiscordHarness.Wait);
        gate.SetResult();
        var question = await handle.WaitForResponseAsync(r => r.OriginalEdits.Count > 0, DiscordHarness.Wait);
        var form = await (await discord.Emulator.PressButtonAsync(TestUsers.Alice, question.Original!.CustomIds.Single(IsAnswer), guildId: TestUsers.Guild))
            .WaitForResponseAsync(DiscordHarness.Wait);

        Assert.Equal(5, deferred.CallbackType);
        Assert.Contains("Which company is the interview with?", question.Original.Content, StringComparison.Ordinal);
        Assert.Equal(9, form.CallbackType);
        Assert.Equal(4, form.Data!.Value.GetProperty("components").GetArrayLength());
        Assert.DoesNotContain(discord.Emulator.RestRequests, r => r.StatusCode >= 400);
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

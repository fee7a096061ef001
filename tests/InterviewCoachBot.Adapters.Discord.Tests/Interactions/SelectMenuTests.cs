using InterviewCoachBot.Emulators.Discord;
using static InterviewCoachBot.Adapters.Discord.Tests.Interactions.InteractionTests;

namespace InterviewCoachBot.Adapters.Discord.Tests.Interactions;

/// <summary>Choices that do not fit Discord's five rows of five buttons, end to end through the emulator.</summary>
public sealed class SelectMenuTests
{
    private const string SecondInterviewChecklist = "second";

    [Fact]
    public async Task TwelveItemChecklist_EveryItemIsTickableFromTheSelectMenu()
    {
        await using var discord = await StartedAsync();
        await AddInterviewAsync(discord, "Acme");
        var shown = await ChecklistAsync(discord);
        var options = shown.Original!.SelectOptions;

        foreach (var option in options)
        {
            var choice = await discord.Emulator.SelectAsync(TestUsers.Alice, option.MenuCustomId, [option.Value], shown.Original.Id);
            await choice.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);
        }

        var after = await ChecklistAsync(discord);
        Assert.Equal(12, options.Count);
        Assert.Contains("[ ] 12.", options[11].Label, StringComparison.Ordinal);
        Assert.Contains("12/12 done", Shown(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelectMenuChoice_ByAnotherUser_IsRefusedAndTicksNothing()
    {
        await using var discord = await StartedAsync();
        await AddInterviewAsync(discord, "Acme");
        var shown = await ChecklistAsync(discord);
        var last = shown.Original!.SelectOptions[^1];

        var bobs = await discord.Emulator.SelectAsync(TestUsers.Bob, last.MenuCustomId, [last.Value], shown.Original.Id, TestUsers.Guild);
        var refused = await bobs.WaitForResponseAsync(DiscordHarness.Wait);
        var after = await ChecklistAsync(discord);

        Assert.Contains("isn't yours", refused.Original!.Content, StringComparison.Ordinal);
        Assert.Contains("0/12 done", Shown(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FewChoices_StayButtons()
    {
        await using var discord = await StartedAsync();
        await AddInterviewAsync(discord, "Acme");

        var handle = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "checklist", new Dictionary<string, object?> { ["interview"] = 1 });
        var overview = await handle.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        Assert.Empty(overview.Original!.SelectOptions);
        Assert.Equal(3, overview.Original.CustomIds.Count);
    }

    [Fact]
    public async Task InterviewPicker_WithEightInterviews_OffersEveryOne_AndChoosingTheNewestOpensIt()
    {
        await using var discord = await StartedAsync();
        var companies = Enumerable.Range(1, 8).Select(i => $"Company{i}").ToList();
        foreach (var company in companies)
        {
            await AddInterviewAsync(discord, company);
        }

        var handle = await discord.Emulator.SendSlashCommandAsync(TestUsers.Alice, "checklist", new Dictionary<string, object?>());
        var picker = await handle.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);
        var options = picker.Original!.SelectOptions;
        var newest = options.Single(o => o.Label.Contains("Company8", StringComparison.Ordinal));
        var choice = await discord.Emulator.SelectAsync(TestUsers.Alice, newest.MenuCustomId, [newest.Value], picker.Original.Id);
        var opened = await choice.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);

        Assert.Contains("Which interview?", Shown(picker), StringComparison.Ordinal);
        Assert.Equal(companies, options.Select(o => o.Label.Split(' ')[1]));
        Assert.Contains("Checklists for #8 Company8", Shown(opened), StringComparison.Ordinal);
    }

    private static async Task<DiscordHarness> StartedAsync()
    {
        var discord = await DiscordHarness.StartAsync();
        await discord.WaitForSessionAsync();
        return discord;
    }

    private static async Task AddInterviewAsync(DiscordHarness discord, string company)
    {
        var add = await discord.Emulator.SendSlashCommandAsync(
            TestUsers.Alice, "interview", new Dictionary<string, object?> { ["details"] = $"{company} | Backend Engineer | Dana | tomorrow 15:00 | email" });
        await add.WaitForResponseAsync(r => Shown(r).Contains("Saved", StringComparison.Ordinal), DiscordHarness.Wait);
    }

    private static async Task<InteractionResponse> ChecklistAsync(DiscordHarness discord)
    {
        var handle = await discord.Emulator.SendSlashCommandAsync(
            TestUsers.Alice, "checklist", new Dictionary<string, object?> { ["interview"] = 1, ["details"] = SecondInterviewChecklist });
        return await handle.WaitForResponseAsync(r => Shown(r).Length > 0, DiscordHarness.Wait);
    }
}

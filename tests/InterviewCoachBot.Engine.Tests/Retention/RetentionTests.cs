using Dapper;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Ports;
using InterviewCoachBot.Engine.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Engine.Tests.Retention;

/// <summary>A user's footprint stays bounded however long they chat, and pruning never lets a redelivery apply twice.</summary>
public sealed class RetentionTests
{
    private const int MessagesPerDay = 12;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DailyChatForTwoWeeks_RowsKeptStayFlatAtTheLastDaysOnly()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        var footprints = new List<(long Inbox, long Outbox)>();

        for (var day = 0; day < 14; day++)
        {
            for (var message = 0; message < MessagesPerDay; message++)
            {
                await MarkDeliveredAsync(bot, await ann.DeliverWithIdsAsync("/help"));
                bot.Time.Advance(TimeSpan.FromHours(1));
            }

            bot.Time.Advance(TimeSpan.FromHours(24 - MessagesPerDay));
            await bot.Services.GetRequiredService<RetentionService>().RunOnceAsync(Ct);
            footprints.Add((await CountAsync(bot, "inbox"), await CountAsync(bot, "outbox")));
        }

        // Dedupe keys live two days and delivered replies one: from the third day on, every day looks the same.
        Assert.All(footprints.Skip(2), footprint => Assert.Equal(footprints[2], footprint));
        Assert.Equal(2 * MessagesPerDay, footprints[^1].Inbox);
        Assert.InRange(footprints[^1].Outbox, 1, 2 * MessagesPerDay);
        Assert.StartsWith("I coach you through", (await ann.SendAsync("/help"))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateRedeliveredADayLater_AfterPruning_AppliedOnlyOnce()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");
        var add = new CommandInput("interview", "Hooli | Engineer | Dana | tomorrow 10:00 | video");
        await ann.DeliverAsync(add, "update-1");

        bot.Time.Advance(TimeSpan.FromDays(1));
        await bot.Services.GetRequiredService<RetentionService>().RunOnceAsync(Ct);
        var again = await ann.DeliverAsync(add, "update-1");
        await ann.SendAsync("/interviews");

        Assert.Empty(again);
        Assert.Single(ann.LastText.Split('\n'), line => line.Contains("Hooli", StringComparison.Ordinal));
    }

    private static async Task MarkDeliveredAsync(BotHarness bot, IReadOnlyList<Delivery> deliveries)
    {
        var log = bot.Services.GetRequiredService<IDeliveryLog>();
        foreach (var delivery in deliveries)
        {
            await log.MarkDeliveredAsync(delivery.OutboxId, bot.Time.GetUtcNow(), Ct);
        }
    }

    private static async Task<long> CountAsync(BotHarness bot, string table)
    {
        await using var connection = await bot.Database.OpenConnectionAsync(Ct);
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM " + table);
    }
}

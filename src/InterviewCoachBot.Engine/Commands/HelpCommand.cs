using System.Globalization;
using System.Text;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Time;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Engine.Commands;

/// <summary>Welcome and the list of commands.</summary>
public sealed class HelpCommand(IServiceProvider services) : ICommand
{
    public CommandInfo Info { get; } = new("help", "What I can do for you", "/help", "start", "menu") { Effect = CommandEffect.ReadsOnly };

    public Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // Resolved lazily: the catalog contains this command.
        var catalog = services.GetRequiredService<CommandCatalog>();
        var text = new StringBuilder()
            .AppendLine("I coach you through what comes after a job interview: the thank-you note, the wait for a decision, follow-up calls and second interviews.")
            .AppendLine()
            .AppendLine("Commands:");
        foreach (var info in catalog.Commands.Select(command => command.Info))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {info.Usage} - {info.Summary}");
        }

        text.AppendLine()
            .Append(CultureInfo.InvariantCulture, $"Times are shown in your zone, {LocalTimes.DescribeZone(turn.Zone, turn.Now)}.");
        turn.Say(
            text.ToString(),
            [new ReplyButton("Add an interview", ButtonData.Command("interview")), new ReplyButton("My interviews", ButtonData.Command("interviews"))]);
        return Task.CompletedTask;
    }
}

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
    public CommandInfo Info { get; } = new("help", "What I can do for you", "/help", "start", "menu")
    {
        Effect = CommandEffect.ReadsOnly,
        Details = "Lists what I can do; with a command's name, how that command is used, with examples.",
        Examples = ["/help", "/help thankyou"],
    };

    public Task RunAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // Resolved lazily: the catalog contains this command.
        var catalog = services.GetRequiredService<CommandCatalog>();
        if (arguments.Length > 0)
        {
            HelpOn(turn, catalog, CommandLine.Split(arguments).Name);
            return Task.CompletedTask;
        }

        var text = new StringBuilder()
            .AppendLine("I coach you through what comes after a job interview: the thank-you note, the wait for a decision, follow-up calls and second interviews.")
            .AppendLine()
            .AppendLine("Commands:");
        foreach (var info in catalog.Commands.Select(command => command.Info))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {info.Usage} - {info.Summary}");
        }

        text.AppendLine()
            .AppendLine("Add a command's name for its own help, for example /help thankyou.")
            .Append(CultureInfo.InvariantCulture, $"Times are shown in your zone, {LocalTimes.DescribeZone(turn.Zone, turn.Now)}.");
        turn.Say(
            text.ToString(),
            [new ReplyButton("Add an interview", ButtonData.Command("interview")), new ReplyButton("My interviews", ButtonData.Command("interviews"))]);
        return Task.CompletedTask;
    }

    private static void HelpOn(Turn turn, CommandCatalog catalog, string name)
    {
        if (catalog.Find(name) is { } command)
        {
            turn.Say(CommandHelp.Describe(command.Info));
            return;
        }

        var names = string.Join(", ", catalog.Commands.Select(known => "/" + known.Info.Name));
        var closest = catalog.Closest(name) is { } guess ? $" Did you mean /{guess}?" : string.Empty;
        turn.Say($"I don't know the command /{TextLimits.Clip(name)}.{closest} The commands are: {names}. Send /help for what each does.");
    }
}

using System.Globalization;
using System.Text;

namespace InterviewCoachBot.Engine.Conversation;

/// <summary>One command's own help (<c>/help thankyou</c>), written from its declaration like the general help and the menus.</summary>
public static class CommandHelp
{
    public static string Describe(CommandInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"/{info.Name}: {info.Summary}");
        if (info.Aliases.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" (also {string.Join(", ", info.Aliases.Select(alias => "/" + alias))})");
        }

        text.AppendLine().AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Usage: {info.Usage}");
        if (info.Usage.Contains('[', StringComparison.Ordinal))
        {
            text.AppendLine("Parts in [brackets] are optional: I ask for what's missing.");
        }

        if (info.Usage.Contains(" [N]", StringComparison.Ordinal))
        {
            text.AppendLine("N is the interview's number in /interviews.");
        }

        text.AppendLine()
            .Append(info.Details ?? info.Summary + ".");
        if (info.Examples.Count > 0)
        {
            text.AppendLine().AppendLine().Append("Examples:");
            foreach (var example in info.Examples)
            {
                text.AppendLine().Append("  ").Append(example);
            }
        }

        return text.ToString();
    }
}

using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Interviews;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Coaching;

/// <summary>The values content templates may use about one interview, as the user reads them.</summary>
public static class CoachingValues
{
    public static Dictionary<string, string> For(Turn turn, Interview interview)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(interview);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["company"] = interview.Company,
            ["role"] = interview.Role,
            ["interviewer"] = Interviewer(interview),
            ["channel"] = ChannelField.Describe(interview.Channel),
            ["number"] = interview.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Who to address: the first name the candidate gave, or the team.</summary>
    public static string Interviewer(Interview interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var first = interview.Interviewers.Split([',', ';', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first ?? "hiring team";
    }
}

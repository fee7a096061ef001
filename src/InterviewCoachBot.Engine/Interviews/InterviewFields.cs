using InterviewCoachBot.Engine.Model;
using InterviewCoachBot.Engine.Time;
using InterviewCoachBot.Engine.Ports;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>The interview's fields in the order the wizard asks them.</summary>
public sealed class InterviewFields(MomentParser parser)
{
    public TextField Company { get; } = new(
        "company", "company", "Which company is the interview with?", "Which company is the interview with?", "Acme Corp");

    public TextField Role { get; } = new("role", "role", "What's the role?", "What's the role?", "Backend Engineer");

    public TextField Interviewers { get; } = new(
        "interviewers",
        "interviewer names",
        "Who interviewed you (or will)? Separate several names with commas.",
        "Who interviewed you (or will)?",
        "Dana Levi, Sam Ortiz",
        optional: true);

    public WhenField When { get; } = new(parser);

    public ChannelField Channel { get; } = new();

    public IReadOnlyList<InterviewField> All => [Company, Role, Interviewers, When, Channel];

    public InterviewField? Find(string key) =>
        All.FirstOrDefault(field => field.Key.Equals(key, StringComparison.OrdinalIgnoreCase)
            || field.Label.Equals(key, StringComparison.OrdinalIgnoreCase));

    public static string ValueOf(Interview interview, string key) => key switch
    {
        "company" => interview.Company,
        "role" => interview.Role,
        "interviewers" => interview.Interviewers,
        "when" => WhenField.Store(interview.HeldAt),
        "channel" => interview.Channel.ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    public static Interview WithValue(Interview interview, string key, string value) => key switch
    {
        "company" => interview with { Company = value },
        "role" => interview with { Role = value },
        "interviewers" => interview with { Interviewers = value },
        "when" => interview with { HeldAt = WhenField.Parse(value) },
        "channel" => interview with { Channel = ChannelField.Parse(value) },
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    public static NewInterview ToNew(IReadOnlyDictionary<string, string> values, DateTimeOffset now) => new(
        values["company"],
        values["role"],
        values["interviewers"],
        WhenField.Parse(values["when"]),
        ChannelField.Parse(values["channel"]),
        now);
}

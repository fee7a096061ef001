using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Engine.Messages;
using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Interviews;

/// <summary>How the candidate has been in touch with the interviewer; the thank-you note will use the same channel.</summary>
public sealed class ChannelField : InterviewField
{
    private static readonly Dictionary<string, ContactChannel> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = ContactChannel.Email,
        ["e-mail"] = ContactChannel.Email,
        ["mail"] = ContactChannel.Email,
        ["phone"] = ContactChannel.Phone,
        ["call"] = ContactChannel.Phone,
        ["telephone"] = ContactChannel.Phone,
        ["video"] = ContactChannel.Video,
        ["video call"] = ContactChannel.Video,
        ["zoom"] = ContactChannel.Video,
        ["teams"] = ContactChannel.Video,
        ["meet"] = ContactChannel.Video,
        ["in person"] = ContactChannel.InPerson,
        ["inperson"] = ContactChannel.InPerson,
        ["onsite"] = ContactChannel.InPerson,
        ["on site"] = ContactChannel.InPerson,
        ["face to face"] = ContactChannel.InPerson,
        ["letter"] = ContactChannel.Letter,
        ["card"] = ContactChannel.Letter,
        ["note"] = ContactChannel.Letter,
        ["post"] = ContactChannel.Letter,
    };

    public override string Key => "channel";

    public override string Label => "channel";

    public static string Describe(ContactChannel channel) => channel switch
    {
        ContactChannel.Email => "email",
        ContactChannel.Phone => "phone",
        ContactChannel.Video => "video call",
        ContactChannel.InPerson => "in person",
        ContactChannel.Letter => "letter or card",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static ContactChannel Parse(string stored) => Enum.Parse<ContactChannel>(stored);

    public override Reply Ask(Turn turn) => new(
        "How have you been in touch with the interviewer so far? I'll suggest the same channel for your thank-you note.",
        [
            [Button(ContactChannel.Email), Button(ContactChannel.Phone), Button(ContactChannel.Video)],
            [Button(ContactChannel.InPerson), Button(ContactChannel.Letter)],
        ]);

    public override FieldResult Accept(Turn turn, string answer) =>
        Words.TryGetValue(answer.Trim(), out var channel) || Enum.TryParse(answer.Trim(), ignoreCase: true, out channel) && Enum.IsDefined(channel)
            ? new FieldResult.Accepted(channel.ToString())
            : Reject(turn, $"I didn't recognise \"{TextLimits.Clip(answer, 40)}\" as a channel. Pick one of the buttons, or type email, phone, video, in person or letter.");

    public override string Show(Turn turn, string value) => Describe(Parse(value));

    private static ReplyButton Button(ContactChannel channel)
    {
        var label = Describe(channel);
        return new ReplyButton(char.ToUpperInvariant(label[0]) + label[1..], ButtonData.Answer(channel.ToString()));
    }

}

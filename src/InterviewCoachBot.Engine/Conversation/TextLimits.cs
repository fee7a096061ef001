namespace InterviewCoachBot.Engine.Conversation;

/// <summary>Bounds on what a user may type, so one message can never flood storage or a reply.</summary>
public static class TextLimits
{
    /// <summary>Longest inbound message the engine reads at all.</summary>
    public const int Message = 4000;

    /// <summary>Longest single answer stored in a field such as a company name.</summary>
    public const int ShortField = 120;

    /// <summary>Longest note or longer answer.</summary>
    public const int Note = 600;

    /// <summary>Shortens text the user typed before it is quoted back in a reply or on a button.</summary>
    public static string Clip(string text, int maxLength = 30)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > maxLength ? text[..maxLength] + "…" : text;
    }
}

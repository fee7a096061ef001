namespace InterviewCoachBot.Engine.Model;

/// <summary>How the candidate has been talking with the interviewer so far; the thank-you note follows the same channel.</summary>
public enum ContactChannel
{
    Email = 1,
    Phone = 2,
    Video = 3,
    InPerson = 4,
    Letter = 5,
}

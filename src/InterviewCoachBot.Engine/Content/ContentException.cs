namespace InterviewCoachBot.Engine.Content;

/// <summary>A content file that cannot be used; the message names the file, the line and the problem.</summary>
public sealed class ContentException : Exception
{
    public ContentException(string file, int line, string problem, Exception? inner = null)
        : base($"{file}:{line}: {problem}", inner)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public string File { get; }

    public int Line { get; }

    public string Problem { get; }
}

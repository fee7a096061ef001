using InterviewCoachBot.Engine.Content;

namespace InterviewCoachBot.Engine.Tests.Coaching;

/// <summary>A mistake in a content file names the file, the line and the problem.</summary>
public sealed class ContentValidationTests
{
    private static string Real(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Content, file));

    [Fact]
    public void Load_RepositoryContent_IsValid()
    {
        var content = ContentLibrary.Load(RepositoryPaths.Content);

        Assert.Equal(24, content.ThankYou.Window.TotalHours);
        Assert.Equal(8, content.Call.Checklist.Items.Count);
        Assert.Equal(9, content.Waiting.Outcomes.Count);
    }

    [Fact]
    public void ThankYou_UnknownPlaceholder_NamesFileLineAndAllowedOnes()
    {
        var yaml = Real(ThankYouContent.FileName).Replace("by {deadline}", "by {deadlne}", StringComparison.Ordinal);

        var error = Assert.Throws<ContentException>(() => ThankYouContent.Read(yaml));

        Assert.Equal("thank-you.yaml", error.File);
        Assert.Equal(LineOf(yaml, "before_deadline:"), error.Line);
        Assert.Contains("unknown placeholder {deadlne}", error.Problem, StringComparison.Ordinal);
        Assert.Contains("{deadline}", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ThankYou_WindowNotANumber_NamesTheLine()
    {
        var yaml = Real(ThankYouContent.FileName).Replace("window_hours: 24", "window_hours: a day", StringComparison.Ordinal);

        var error = Assert.Throws<ContentException>(() => ThankYouContent.Read(yaml));

        Assert.Equal(LineOf(yaml, "window_hours:"), error.Line);
        Assert.Contains("expected a whole number", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondInterview_DuplicateChecklistKey_NamesTheSecondOne()
    {
        var yaml = Real(ScheduledStepContent.SecondFileName).Replace("- key: stories", "- key: research", StringComparison.Ordinal);

        var error = Assert.Throws<ContentException>(() => ScheduledStepContent.ReadSecond(yaml));

        Assert.Equal("second-interview.yaml", error.File);
        Assert.Equal(LineOf(yaml, "- key: research", occurrence: 2), error.Line);
        Assert.Contains("'research' is used twice", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_MisspelledField_NamesTheLineAndTheExpectedFields()
    {
        var yaml = Real(ScheduledStepContent.CallFileName).Replace("  title: Follow-up call", "  titel: Follow-up call", StringComparison.Ordinal);

        var error = Assert.Throws<ContentException>(() => ScheduledStepContent.ReadCall(yaml));

        Assert.Equal(LineOf(yaml, "titel:"), error.Line);
        Assert.Contains("unknown field; expected one of title, items", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Waiting_MissingOutcome_IsReported()
    {
        var yaml = Real(WaitingContent.FileName).Replace("- key: offer", "- key: paused_again", StringComparison.Ordinal);

        var error = Assert.Throws<ContentException>(() => WaitingContent.Read(yaml));

        Assert.Equal(LineOf(yaml, "paused_again"), error.Line);
        Assert.Contains("unknown outcome 'paused_again'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenYaml_NamesTheLine()
    {
        var yaml = "window_hours: 24\nguidance:\n  before_deadline: [unclosed\n";

        var error = Assert.Throws<ContentException>(() => ThankYouContent.Read(yaml));

        Assert.Equal("thank-you.yaml", error.File);
        Assert.InRange(error.Line, 3, 4);
        Assert.Contains("not valid YAML", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TabIndentation_NamesTheLineOfTheTab()
    {
        var yaml = Real(ThankYouContent.FileName);
        var line = LineOf(yaml, "before_deadline:");
        var lines = yaml.Split('\n');
        lines[line - 1] = "\t" + lines[line - 1].TrimStart();
        yaml = string.Join('\n', lines);

        var error = Assert.Throws<ContentException>(() => ThankYouContent.Read(yaml));

        Assert.Equal(line, error.Line);
        Assert.Contains("tab", error.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Load_MissingFile_SaysWhereItLooked()
    {
        var folder = Directory.CreateTempSubdirectory("icb-content-").FullName;
        try
        {
            var error = Assert.Throws<ContentException>(() => ContentLibrary.Load(folder));

            Assert.Contains("the file is missing", error.Problem, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int LineOf(string text, string fragment, int occurrence = 1)
    {
        var lines = text.Split('\n');
        var seen = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(fragment, StringComparison.Ordinal) && ++seen == occurrence)
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"'{fragment}' is not in the text.");
    }
}

namespace InterviewCoachBot.Engine.Tests.Conversation;

/// <summary>The interview wizard's typed questions as one form: declared by the engine, submitted at once, checked like typed answers.</summary>
public sealed class InterviewFormTests
{
    [Fact]
    public async Task Interview_DeclaresOneFormWithEveryTypedField_LabelledWithItsQuestion()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann", "Europe/Berlin");

        await ann.SendAsync("/interview");

        var form = Assert.Single(ann.LastReplies).Form;
        Assert.NotNull(form);
        Assert.Equal("New interview", form.Title);
        Assert.Equal(["company", "role", "interviewers", "when"], form.Fields.Select(field => field.Key));
        Assert.Equal([true, true, false, true], form.Fields.Select(field => field.Required));
        Assert.Equal("Which company is the interview with?", form.Fields[0].Label);
        Assert.Equal("Acme Corp", form.Fields[0].Placeholder);
        Assert.Contains("Europe/Berlin", form.Fields[3].Placeholder, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormSubmitted_AllValid_AsksOnlyTheChannelThenSaves()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann", "Europe/Berlin");
        await ann.SendAsync("/interview");

        await ann.SubmitAsync(new Dictionary<string, string>
        {
            ["company"] = "Acme Corp", ["role"] = "Backend Engineer", ["interviewers"] = "", ["when"] = "yesterday 15:00",
        });
        var channelQuestion = ann.LastText;
        await ann.PressAsync("Video");

        Assert.Contains("step 5 of 5. How have you been in touch", channelQuestion, StringComparison.Ordinal);
        Assert.Contains("Saved interview #1.", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("#1 Acme Corp: Backend Engineer", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("Sun 22 Nov 15:00 (video call)", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormSubmitted_OneInvalidField_ReasksItAloneAndKeepsTheOthers()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann", "Europe/Berlin");
        await ann.SendAsync("/interview");

        await ann.SubmitAsync(new Dictionary<string, string>
        {
            ["company"] = "Acme Corp", ["role"] = "Backend Engineer", ["interviewers"] = "Dana Levi", ["when"] = "31 Feb 10:00",
        });
        var reasked = Assert.Single(ann.LastReplies);
        await ann.SubmitAsync(new Dictionary<string, string> { ["when"] = "yesterday 15:00" });
        await ann.PressAsync("Email");

        Assert.Contains("Feb", reasked.Text, StringComparison.Ordinal);
        Assert.Contains("When did the interview take place", reasked.Text, StringComparison.Ordinal);
        var field = Assert.Single(reasked.Form!.Fields);
        Assert.Equal(("when", "When is or was the interview?"), (field.Key, field.Label));
        Assert.Contains("Saved interview #1.", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("#1 Acme Corp: Backend Engineer", ann.LastText, StringComparison.Ordinal);
        Assert.Contains("(email) with Dana Levi", ann.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormSubmitted_WithNoWizardOpen_SaysTheQuestionIsClosed()
    {
        await using var bot = BotHarness.Start();
        var ann = await bot.UserAsync("ann");

        await ann.SubmitAsync(new Dictionary<string, string> { ["company"] = "Acme Corp" });

        Assert.Contains("already closed", ann.LastText, StringComparison.Ordinal);
    }
}

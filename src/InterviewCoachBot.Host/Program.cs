using InterviewCoachBot.Host;

return args switch
{
    [VersionVerb.Name] => await VersionVerb.RunAsync(Console.Out),
    [BackupVerb.Name, .. var rest] => await BackupVerb.RunAsync(rest, Console.Out, Console.Error, CancellationToken.None),
    _ => await BotHost.RunAsync(args, Console.Error),
};

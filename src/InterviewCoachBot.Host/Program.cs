using InterviewCoachBot.Host;

return await BotHost.RunAsync(args, Console.Error);

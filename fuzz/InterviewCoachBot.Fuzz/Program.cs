using InterviewCoachBot.Fuzz;
using SharpFuzz;

// Usage: InterviewCoachBot.Fuzz <target>               run under afl-fuzz (see fuzz/run.sh)
//        InterviewCoachBot.Fuzz <target> <file|folder>  run inputs once each, e.g. to reproduce a crash
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    await Console.Error.WriteLineAsync("Targets: " + string.Join(", ", FuzzTargets.All.Keys));
    return 2;
}

if (args.Length > 1)
{
    var files = Directory.Exists(args[1]) ? Directory.GetFiles(args[1]) : [args[1]];
    foreach (var file in files.Order(StringComparer.Ordinal))
    {
        target(await File.ReadAllBytesAsync(file));
    }

    Console.WriteLine($"{files.Length} inputs ran without a crash.");
    return 0;
}

// Persistent mode: one process runs many inputs, which makes .NET start-up cost negligible.
Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;

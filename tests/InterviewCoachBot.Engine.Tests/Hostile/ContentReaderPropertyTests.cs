using System.Text;
using CsCheck;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Engine.Nudges;
using InterviewCoachBot.Engine.Time;
using InterviewCoachBot.Testing;

namespace InterviewCoachBot.Engine.Tests.Hostile;

/// <summary>
/// Every content reader against random bytes and mangled real files: a broken file is always reported as a
/// <see cref="ContentException"/> (file, line, problem), never as some other exception that would hide where the fault is.
/// </summary>
public sealed class ContentReaderPropertyTests
{
    private static readonly (string File, Action<string> Read)[] Readers =
    [
        (ThankYouContent.FileName, yaml => ThankYouContent.Read(yaml)),
        (WaitingContent.FileName, yaml => WaitingContent.Read(yaml)),
        (ScheduledStepContent.CallFileName, yaml => ScheduledStepContent.ReadCall(yaml)),
        (ScheduledStepContent.SecondFileName, yaml => ScheduledStepContent.ReadSecond(yaml)),
        (NudgeContent.FileName, yaml => NudgeContent.Read(yaml)),
        (ContentLibrary.TimeZonesFile, yaml => TimeZoneDirectory.Load(ContentLibrary.TimeZonesFile, yaml)),
    ];

    private static readonly Dictionary<string, string> RealFiles = Readers.ToDictionary(
        reader => reader.File,
        reader => File.ReadAllText(Path.Combine(RepositoryPaths.Content, reader.File)));

    [Fact]
    public void Read_RandomBytes_FailsOnlyWithContentException()
    {
        Gen.Select(Gen.Int[0, Readers.Length - 1], HostileText.Bytes).Sample((reader, bytes) =>
            ReadsOrExplains(Readers[reader], Encoding.UTF8.GetString(bytes)), iter: 1500);
    }

    [Fact]
    public void Read_RealFileWithALineMangled_FailsOnlyWithContentException() => ReadMangledFiles(seed: null, iterations: 600);

    [Fact]
    public void Read_RealFileWithAStrayAlias_FailsOnlyWithContentException() =>
        ReadMangledFiles(seed: "1Sh0eLTy7ds6", iterations: 600); // YamlDotNet threw a bare ArgumentException for " ** ".

    [Fact]
    public void Read_RealFileWithAStrayBracket_FailsOnlyWithContentException() =>
        ReadMangledFiles(seed: "5xc8oWbhIrr2", iterations: 600); // YamlDotNet's scanner threw InvalidOperationException for "[…".

    private static void ReadMangledFiles(string? seed, int iterations)
    {
        // Smaller files only: the time zone file is large and slow to read many times.
        var small = Readers.Where(reader => reader.File != ContentLibrary.TimeZonesFile).ToArray();
        Gen.Select(Gen.Int[0, small.Length - 1], Gen.Int[0, 10_000], HostileText.Short(4), Gen.Int[0, 2]).Sample((reader, at, piece, how) =>
        {
            var lines = RealFiles[small[reader].File].Split('\n');
            var line = at % lines.Length;
            lines[line] = how switch
            {
                0 => piece,
                1 => lines[line] + piece,
                _ => piece + lines[line],
            };
            ReadsOrExplains(small[reader], string.Join('\n', lines));
        }, iter: iterations, seed: seed);
    }

    private static void ReadsOrExplains((string File, Action<string> Read) reader, string yaml)
    {
        try
        {
            reader.Read(yaml);
        }
        catch (ContentException ex)
        {
            Assert.Contains(reader.File, ex.Message, StringComparison.Ordinal);
        }
    }
}

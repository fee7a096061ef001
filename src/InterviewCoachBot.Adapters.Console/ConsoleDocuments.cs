using InterviewCoachBot.Engine.Files;
using InterviewCoachBot.Engine.Messages;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Adapters.Console;

/// <summary>
/// Writes a reply's file (an export) into <see cref="ConsoleChatOptions.ExportFolder"/> or the current folder, never over an
/// existing file, readable by its owner only (it holds the user's data).
/// </summary>
public sealed class ConsoleDocuments(IOptions<ConsoleChatOptions> options)
{
    /// <returns>The full path of the written file.</returns>
    public string Save(ReplyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var folder = string.IsNullOrWhiteSpace(options.Value.ExportFolder) ? Directory.GetCurrentDirectory() : options.Value.ExportFolder;
        PrivateFiles.CreateFolder(folder);

        // Only the file name is taken from the reply, so a name can never point outside the folder.
        var name = Path.GetFileName(document.FileName);
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var copy = 0; ; copy++)
        {
            var path = Path.GetFullPath(Path.Combine(folder, copy == 0 ? name : $"{stem}-{copy}{extension}"));
            try
            {
                using var file = PrivateFiles.CreateNew(path);
                file.Write(document.Content);
                return path;
            }
            catch (IOException) when (File.Exists(path) && copy < 1000)
            {
                // Taken: try the next name.
            }
        }
    }
}

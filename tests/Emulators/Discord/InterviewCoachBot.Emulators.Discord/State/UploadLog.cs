namespace InterviewCoachBot.Emulators.Discord.State;

/// <summary>Every file the bot attached to a message, in arrival order (edits that drop a file do not remove it here).</summary>
internal sealed class UploadLog
{
    private readonly Lock _lock = new();
    private readonly List<ReceivedAttachment> _uploads = [];

    public void Add(ReceivedAttachment attachment)
    {
        lock (_lock)
        {
            _uploads.Add(attachment);
        }
    }

    public IReadOnlyList<ReceivedAttachment> All()
    {
        lock (_lock)
        {
            return [.. _uploads];
        }
    }
}

namespace InterviewCoachBot.Engine.Files;

/// <summary>
/// Files and folders that hold a user's data (the database, exports): on Unix only their owner may read them (0600 files,
/// 0700 folders), whatever the umask. On Windows the per-user folders they live in are private already.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder and every missing parent owner-only; folders that exist are left as they are.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        // Directory.CreateDirectory(path, mode) gives the mode to the last folder only; missing parents are made one by one.
        var missing = new Stack<string>();
        for (var folder = Path.GetFullPath(path); folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            missing.Push(folder);
        }

        foreach (var folder in missing)
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }
    }

    /// <summary>Creates a new owner-only file for writing.</summary>
    /// <exception cref="IOException">The file exists already.</exception>
    public static FileStream CreateNew(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        return new FileStream(path, options);
    }

    /// <summary>Takes every permission of the group and of others away from an existing file or folder.</summary>
    /// <returns>True when something was taken away.</returns>
    /// <exception cref="UnauthorizedAccessException">The file belongs to someone else.</exception>
    public static bool Restrict(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        var mode = File.GetUnixFileMode(path);
        var ownerOnly = mode & OwnerOnlyFolder;
        if (mode == ownerOnly)
        {
            return false;
        }

        File.SetUnixFileMode(path, ownerOnly);
        return true;
    }
}

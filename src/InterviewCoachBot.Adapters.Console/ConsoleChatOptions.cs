using System.ComponentModel.DataAnnotations;

namespace InterviewCoachBot.Adapters.Console;

/// <summary>Settings of the local console chat (section <c>Console</c>; <c>--user NAME</c> on the command line).</summary>
public sealed class ConsoleChatOptions
{
    public const string SectionName = "Console";

    /// <summary>Who is chatting; several people can share one database file under different names. Empty means the OS user.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Console:User (or --user) must name who is chatting.")]
    [StringLength(64, ErrorMessage = "Console:User (or --user) must be at most 64 characters.")]
    public string User { get; set; } = Environment.UserName;

    /// <summary>Where files the bot sends (an export) are written; empty means the current folder.</summary>
    public string ExportFolder { get; set; } = string.Empty;
}

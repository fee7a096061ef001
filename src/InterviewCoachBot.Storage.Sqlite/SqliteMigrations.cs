using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>The migration scripts embedded in this assembly, in version order.</summary>
internal static partial class SqliteMigrations
{
    private static readonly Lazy<IReadOnlyList<SqliteMigration>> Embedded = new(Load);

    /// <summary>All scripts, versions 1, 2, … without gaps.</summary>
    public static IReadOnlyList<SqliteMigration> All => Embedded.Value;

    /// <summary>The schema version this build writes.</summary>
    public static int LatestVersion => All[^1].Version;

    private static List<SqliteMigration> Load()
    {
        var assembly = typeof(SqliteMigrations).Assembly;
        var migrations = new List<SqliteMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded migration {resource} could not be read.");
            using var reader = new StreamReader(stream);
            var version = int.Parse(match.Groups["version"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            migrations.Add(new SqliteMigration(version, match.Groups["name"].Value, reader.ReadToEnd()));
        }

        migrations.Sort((left, right) => left.Version.CompareTo(right.Version));
        for (var index = 0; index < migrations.Count; index++)
        {
            if (migrations[index].Version != index + 1)
            {
                throw new InvalidOperationException(
                    $"Embedded migrations must be numbered 0001, 0002, … without gaps or duplicates; found {migrations[index].Version:D4}_{migrations[index].Name} at position {index + 1}.");
            }
        }

        return migrations.Count > 0
            ? migrations
            : throw new InvalidOperationException("No embedded migrations were found (Migrations/NNNN_name.sql).");
    }

    // MSBuild prefixes a folder or file name that starts with a digit with '_' in the manifest resource name.
    [GeneratedRegex(@"\.Migrations\._?(?<version>[0-9]{4})_(?<name>[A-Za-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex ResourceName();
}

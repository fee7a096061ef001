using System.Text;
using Microsoft.Data.Sqlite;

namespace InterviewCoachBot.Host.Tests;

/// <summary>
/// Looks for text a user would recognise as theirs in a bot database: in every column of every table the file has (read
/// from <c>sqlite_schema</c>, so a table added later is searched too), and in the raw bytes of the file and its WAL.
/// </summary>
internal static class DatabaseTraces
{
    /// <summary>One line per table column that holds a marker, naming both; empty when there is no trace.</summary>
    public static IReadOnlyList<string> InTables(string databasePath, IReadOnlyCollection<string> markers)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var found = new List<string>();
        var tables = Strings(connection, "SELECT name FROM sqlite_schema WHERE type = 'table'", null);
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            foreach (var column in Strings(connection, "SELECT name FROM pragma_table_info($table)", table))
            {
                foreach (var marker in markers)
                {
                    // Every column, whatever its type: a chat id may be stored as an integer, a secret as a blob.
                    using var command = connection.CreateCommand();
                    command.CommandText = $"SELECT COUNT(*) FROM {Quote(table)} WHERE instr(CAST({Quote(column)} AS TEXT), $marker) > 0";
                    command.Parameters.AddWithValue("$marker", marker);
                    if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) is var rows and > 0)
                    {
                        found.Add($"{table}.{column}: {rows} row(s) with '{marker}'");
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The markers found, UTF-8 encoded, anywhere in the bytes of the file or its WAL.</summary>
    public static IReadOnlyList<string> InFiles(string databasePath, IReadOnlyCollection<string> markers)
    {
        var bytes = new[] { databasePath, databasePath + "-wal" }.Where(File.Exists).SelectMany(File.ReadAllBytes).ToArray();
        Assert.NotEmpty(bytes);
        return [.. markers.Where(marker => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker)) >= 0)];
    }

    private static List<string> Strings(SqliteConnection connection, string sql, string? table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (table is not null)
        {
            command.Parameters.AddWithValue("$table", table);
        }

        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

using Dapper;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Registers this project's Dapper type handlers; Dapper's registry is process-wide, so this runs once.</summary>
/// <remarks>
/// Dapper maps <see cref="DateTimeOffset"/> parameters itself (DbType.DateTimeOffset, which Microsoft.Data.Sqlite writes with
/// the local offset) and would never call a handler's <c>SetValue</c>; removing that built-in mapping first makes the handler
/// apply in both directions. This is a process-wide setting: another Dapper provider in the same process would see it too.
/// </remarks>
internal static class SqliteTypeHandlers
{
    private static int registered;

    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref registered, 1) != 0)
        {
            return;
        }

        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new UtcDateTimeOffsetHandler());
        SqlMapper.RemoveTypeMap(typeof(DateOnly));
        SqlMapper.RemoveTypeMap(typeof(DateOnly?));
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.AddTypeHandler(new WorkingDaysHandler());
    }
}

using System.Data;
using System.Globalization;
using Dapper;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>
/// Stores an instant as ISO-8601 UTC text ("O" format, always <c>+00:00</c>) and reads it back with offset zero,
/// so the same instant always has the same text and text order is time order.
/// </summary>
internal sealed class UtcDateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.ParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None).ToUniversalTime();

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = Format(value);
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        string text => Parse(text),
        DateTimeOffset instant => instant.ToUniversalTime(),
        _ => throw new InvalidCastException($"Cannot read an instant from a value of type {value.GetType().Name}."),
    };
}

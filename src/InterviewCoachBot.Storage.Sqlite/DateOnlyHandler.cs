using System.Data;
using System.Globalization;
using Dapper;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Stores a calendar day as <c>yyyy-MM-dd</c> text.</summary>
internal sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public override DateOnly Parse(object value) => value switch
    {
        string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly day => day,
        _ => throw new InvalidCastException($"Cannot read a day from a value of type {value.GetType().Name}."),
    };
}

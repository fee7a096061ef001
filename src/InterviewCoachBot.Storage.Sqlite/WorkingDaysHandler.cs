using System.Data;
using Dapper;
using InterviewCoachBot.Engine.Time;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>Stores a working week as its text form ("mon,tue,wed,thu,fri"); NULL reads as the default week.</summary>
internal sealed class WorkingDaysHandler : SqlMapper.TypeHandler<WorkingDays>
{
    public override void SetValue(IDbDataParameter parameter, WorkingDays? value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = value?.ToString() ?? (object)DBNull.Value;
    }

    public override WorkingDays Parse(object value) => value switch
    {
        string text => WorkingDays.FromStored(text),
        _ => throw new InvalidCastException($"Cannot read working days from a value of type {value.GetType().Name}."),
    };
}

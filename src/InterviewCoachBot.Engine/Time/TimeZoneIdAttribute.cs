using System.ComponentModel.DataAnnotations;

namespace InterviewCoachBot.Engine.Time;

/// <summary>A time zone id this machine knows (IANA such as <c>Europe/Berlin</c>, or <c>UTC</c>); an unknown one would silently mean UTC.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class TimeZoneIdAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string id || UserZones.TryFind(id) is not null;
}

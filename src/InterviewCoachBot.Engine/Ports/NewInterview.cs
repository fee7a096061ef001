using InterviewCoachBot.Engine.Model;

namespace InterviewCoachBot.Engine.Ports;

/// <summary>The answers of the interview wizard, before the store gives the interview its number.</summary>
public sealed record NewInterview(string Company, string Role, string Interviewers, DateTimeOffset HeldAt, ContactChannel Channel, DateTimeOffset CreatedAt);

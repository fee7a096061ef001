namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>One numbered script from <c>Migrations/NNNN_name.sql</c>; applying it sets <c>PRAGMA user_version</c> to <see cref="Version"/>.</summary>
internal sealed record SqliteMigration(int Version, string Name, string Script);

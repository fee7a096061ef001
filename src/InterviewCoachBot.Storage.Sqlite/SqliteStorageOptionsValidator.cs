using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Storage.Sqlite;

[OptionsValidator]
internal sealed partial class SqliteStorageOptionsValidator : IValidateOptions<SqliteStorageOptions>;

using System.Reflection;
using System.Text.RegularExpressions;
using InterviewCoachBot.Engine.Content;
using InterviewCoachBot.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace InterviewCoachBot.Host;

/// <summary>
/// Turns what stops the bot at start into lines a person can act on: each names the setting or file and what to do,
/// without a stack trace and without the value of a setting (it could be a secret).
/// </summary>
internal static partial class StartupProblems
{
    /// <returns>One line per problem, or null when the exception is not a configuration, content or storage problem.</returns>
    public static IReadOnlyList<string>? Describe(Exception exception)
    {
        switch (exception)
        {
            case AggregateException aggregate:
                var lines = aggregate.InnerExceptions.Select(Describe).ToList();
                return lines.Contains(null) ? null : [.. lines.SelectMany(inner => inner!)];
            case OptionsValidationException invalid:
                return [.. invalid.Failures.Select(failure => NameTheSetting(invalid.OptionsType, failure))];
            case ContentException content:
                return [$"a content file is invalid: {OneLine(content.Message)}"];
            case DatabaseUnusableException database:
                return [OneLine(database.Message)];
            case InvalidOperationException binding when BindingFailure().Match(binding.Message) is { Success: true } match:
                var key = match.Groups["key"].Value;
                return [
                    $"the setting {key} must be {Expected(match.Groups["type"].Value)}; correct it in appsettings.json, " +
                    $"the environment variable {key.Replace(":", "__", StringComparison.Ordinal)} or the command line (--{key}).",
                ];
            default:
                return null;
        }
    }

    /// <summary>
    /// The options source generator writes "WizardIdleTimeout: The field EngineOptions.WizardIdleTimeout must be…"; a person
    /// sets "Engine:WizardIdleTimeout", so the class name becomes its configuration section and the member prefix goes.
    /// </summary>
    private static string NameTheSetting(Type optionsType, string failure)
    {
        var colon = failure.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && optionsType.GetProperty(failure[..colon]) is not null)
        {
            failure = failure[(colon + 2)..];
        }

        if (optionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is string section)
        {
            failure = failure
                .Replace($"The field {optionsType.Name}.", $"the setting {section}:", StringComparison.Ordinal)
                .Replace($"{optionsType.Name}.", $"{section}:", StringComparison.Ordinal);
        }

        return OneLine(failure);
    }

    private static string Expected(string typeName) => typeName switch
    {
        "System.TimeSpan" => "a duration written hh:mm:ss, such as 00:00:05 for five seconds",
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Boolean" => "true or false",
        "System.Uri" => "an absolute URL, such as http://127.0.0.1:8081",
        _ => $"a valid {typeName[(typeName.LastIndexOf('.') + 1)..]}",
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    // Microsoft.Extensions.Configuration.Binder's message, with the value (left out on purpose) in newer versions.
    [GeneratedRegex(@"^Failed to convert configuration value (?:'.*' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex BindingFailure();
}

namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>One REST route the emulator serves.</summary>
/// <param name="Template">Path after <c>/api/v10</c> with <c>{name}</c> placeholders.</param>
/// <param name="SpecPath">The openapi.json path whose request schema validates the body (null = no body).</param>
/// <param name="MajorParameters">Placeholders that split the rate-limit bucket (Discord's "major parameters").</param>
/// <param name="BotAuth">Whether <c>Authorization: Bot &lt;token&gt;</c> is required (interaction routes use the token in the path).</param>
internal sealed record RouteDefinition(
    string Method,
    string Template,
    string? SpecPath,
    IReadOnlyList<string> MajorParameters,
    bool BotAuth,
    MessageLocation Message,
    Func<RestCall, RestResult> Handler)
{
    public string Key => $"{Method} {Template}";

    private string[] Segments { get; } = Template.Trim('/').Split('/');

    public bool TryMatch(string[] pathSegments, out Dictionary<string, string> values)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (pathSegments.Length != Segments.Length)
        {
            return false;
        }

        for (var i = 0; i < Segments.Length; i++)
        {
            var segment = Segments[i];
            if (segment.StartsWith('{') && segment.EndsWith('}'))
            {
                if (pathSegments[i].Length == 0 || pathSegments[i] == "@original")
                {
                    return false;
                }

                values[segment[1..^1]] = pathSegments[i];
            }
            else if (!string.Equals(segment, pathSegments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public string BucketKey(IReadOnlyDictionary<string, string> values) =>
        MajorParameters.Count == 0 ? Key : Key + "|" + string.Join('|', MajorParameters.Select(p => values[p]));
}

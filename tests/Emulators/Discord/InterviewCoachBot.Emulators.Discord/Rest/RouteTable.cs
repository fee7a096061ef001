namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>Matches method + path to a <see cref="RouteDefinition"/>.</summary>
internal sealed class RouteTable(IReadOnlyList<RouteDefinition> routes)
{
    public IReadOnlyList<RouteDefinition> Routes => routes;

    public bool Contains(string routeKey) => routes.Any(r => r.Key == routeKey);

    /// <summary>Returns the match, or null with <paramref name="pathExists"/> telling 405 from 404.</summary>
    public (RouteDefinition Route, Dictionary<string, string> Values)? Match(string method, string relativePath, out bool pathExists)
    {
        pathExists = false;
        var segments = relativePath.Trim('/').Split('/');
        foreach (var route in routes)
        {
            if (route.TryMatch(segments, out var values))
            {
                pathExists = true;
                if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase))
                {
                    return (route, values);
                }
            }
        }

        return null;
    }
}

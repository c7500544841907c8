namespace RyzeApi.Client.Testing.Pipeline;

/// <summary>Matches a route key such as <c>POST /api/instance/settings/{instance}</c> or <c>GET /api/instance/getS3/sales</c>.</summary>
internal static class RouteKey
{
    /// <summary>The key matches the concrete path or the route template; the method is compared case-insensitively, a missing method matches any.</summary>
    public static bool Matches(string key, string method, string path, string? routeTemplate)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        var keyMethod = space < 0 ? null : key[..space];
        var keyPath = space < 0 ? key : key[(space + 1)..].Trim();
        if (keyMethod is not null && !keyMethod.Equals(method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return keyPath.Equals(path, StringComparison.Ordinal)
            || (routeTemplate is not null && keyPath.Equals(Template(routeTemplate), StringComparison.Ordinal));
    }

    /// <summary>The template part of a <c>METHOD template</c> route.</summary>
    private static string Template(string route) => route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..];
}

namespace RyzeApi.Client;

/// <summary>The rule for instance names, checked before any request is sent.</summary>
internal static class InstanceName
{
    // A name travels as one path segment and inside comma-separated lists (list filter, metrics).
    private static readonly char[] Forbidden = ['/', '\\', '?', '#', ','];

    public static void Validate(string? name, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, paramName);
        if (name.IndexOfAny(Forbidden) >= 0 || name is "." or ".." || name.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"Instance name '{name}' is not a single path segment: it must not contain '/', '\\', '?', '#', ',' or control characters.",
                paramName);
        }
    }

    public static string Join(IEnumerable<string> names, string paramName)
    {
        ArgumentNullException.ThrowIfNull(names, paramName);
        var list = names.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one instance name is required.", paramName);
        }

        foreach (var name in list)
        {
            Validate(name, paramName);
        }

        return string.Join(',', list);
    }
}

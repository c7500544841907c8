namespace RyzeApi.Client;

/// <summary>The rule for instance names, checked before any request is sent.</summary>
internal static class InstanceName
{
    // A name travels as one path segment and inside comma-separated lists (list filter, metrics).
    private static readonly char[] Forbidden = ['/', '\\', '?', '#', ','];

    public static void Validate(string? name, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, paramName);
        if (name.IndexOfAny(Forbidden) >= 0 || name is "." or ".." || HasControlCharacter(name))
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

    // char.IsControl's two ranges, searched without an enumerator and a delegate call per character (every call checks a name).
    private static bool HasControlCharacter(string name) =>
        name.AsSpan().ContainsAnyInRange('\u0000', '\u001F') || name.AsSpan().ContainsAnyInRange('\u007F', '\u009F');
}

using System.Buffers;

namespace RyzeApi.Client;

/// <summary>The rule for instance names, checked before any request is sent.</summary>
internal static class InstanceName
{
    // A name travels as one path segment and inside comma-separated lists (list filter, metrics); control characters are
    // char.IsControl's two ranges. One set, so every call's check is a single vectorized pass over the name.
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "/\\?#," + new string([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(code => (char)code)]));

    public static void Validate(string? name, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, paramName);
        if (name.AsSpan().ContainsAny(Forbidden) || name is "." or "..")
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

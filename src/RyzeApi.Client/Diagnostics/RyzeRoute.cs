using System.Collections.Concurrent;

namespace RyzeApi.Client.Diagnostics;

/// <summary>What telemetry may say about a request: method, route template (from <see cref="Http.RyzeEndpoint"/>) and instance name.</summary>
internal readonly record struct RyzeRoute(string Method, string Template, string? Instance)
{
    private const string InstanceSegment = "{instance}";

    // "GET /api/instance/list": one string per method and template (a few dozen), not one per call.
    private static readonly ConcurrentDictionary<(string Method, string Template), string> DisplayNames = new();

    // The names of the routes seen so far, found by reference: Refit passes the same template literal, and HttpMethod the
    // same method string, on every call, so a span's name costs a few comparisons instead of hashing two strings.
    private static (string Method, string Template, string Name)[] _seen = [];

    // Partners call the same few instances again and again: their names are kept, so a call usually allocates none.
    private static readonly string?[] RecentNames = new string?[16];
    private static int _nextName;

    public static RyzeRoute Of(HttpRequestMessage request, string template)
    {
        string? instance = null;
        if (template.EndsWith(InstanceSegment, StringComparison.Ordinal) && request.RequestUri is { } uri)
        {
            instance = LastSegment(uri.OriginalString);
        }

        return new RyzeRoute(request.Method.Method, template, instance);
    }

    public override string ToString()
    {
        foreach (var seen in Volatile.Read(ref _seen))
        {
            if (ReferenceEquals(seen.Method, Method) && ReferenceEquals(seen.Template, Template))
            {
                return seen.Name;
            }
        }

        var name = DisplayNames.GetOrAdd((Method, Template), static key => $"{key.Method} {key.Template}");
        var known = Volatile.Read(ref _seen);
        if (known.Length < 32)
        {
            // Losing this race only means the next call takes the dictionary path again and adds the name then.
            Interlocked.CompareExchange(ref _seen, [.. known, (Method, Template, name)], known);
        }

        return name;
    }

    // The last path segment, read from the URI's own string: Uri.AbsolutePath would build a new string on every call.
    private static string LastSegment(string uri)
    {
        var path = uri.AsSpan();
        var end = path.IndexOfAny('?', '#');
        if (end >= 0)
        {
            path = path[..end];
        }

        var segment = path[(path.LastIndexOf('/') + 1)..];
        if (segment.Contains('%'))
        {
            return Uri.UnescapeDataString(segment.ToString());
        }

        foreach (var known in RecentNames)
        {
            if (known is not null && segment.SequenceEqual(known))
            {
                return known;
            }
        }

        var name = segment.ToString();
        RecentNames[(Interlocked.Increment(ref _nextName) & int.MaxValue) % RecentNames.Length] = name;
        return name;
    }
}

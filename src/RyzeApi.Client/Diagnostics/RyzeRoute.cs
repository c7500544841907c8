using Refit;

namespace RyzeApi.Client.Diagnostics;

/// <summary>What telemetry may say about a request: method, route template and instance name, read from Refit's request options.</summary>
internal readonly record struct RyzeRoute(string Method, string Template, string? Instance)
{
    private const string InstanceSegment = "{instance}";

    public static RyzeRoute Of(HttpRequestMessage request)
    {
        request.Options.TryGetValue(new HttpRequestOptionsKey<string>(HttpRequestMessageOptions.RelativePathTemplate), out var template);
        template ??= "unknown";
        string? instance = null;
        if (template.EndsWith(InstanceSegment, StringComparison.Ordinal) && request.RequestUri is { } uri)
        {
            var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];
            instance = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
        }

        return new RyzeRoute(request.Method.Method, template, instance);
    }

    public override string ToString() => $"{Method} {Template}";
}

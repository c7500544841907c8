using System.CommandLine;

namespace RyzeApi.Cli;

/// <summary>An option holding an absolute http(s) URL; anything else is a usage error (exit 2) at parse time.</summary>
internal static class UrlOption
{
    public static Option<Uri?> Create(string name, string description, bool recursive = false) => new(name)
    {
        Description = description,
        Recursive = recursive,
        // Parsed here rather than by System.CommandLine's converters: those do not know Uri.
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                return url;
            }

            result.AddError($"{name}: '{text}' is not an absolute http or https URL.");
            return null;
        },
    };
}

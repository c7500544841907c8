using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RyzeApi.Client;

/// <content>Typed values, each checked where it stands; <c>${NAME}</c> references resolved.</content>
internal sealed partial class FleetSpecReader
{
    private bool IsObject(JsonElement element, string path, string[]? keys)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, "must be an object");
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (keys is not null && !keys.Contains(property.Name, StringComparer.Ordinal))
            {
                Error(Child(path, property.Name), $"is not a known key here (expected one of: {string.Join(", ", keys)})");
            }
        }

        return true;
    }

    private bool? Bool(JsonElement parent, string key, string path)
    {
        if (!parent.TryGetProperty(key, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(Child(path, key), "must be true or false");
        return null;
    }

    /// <summary>A string; secrets must be written as <c>${NAME}</c> references, never literally.</summary>
    private string? String(JsonElement parent, string key, string path, bool secret = false)
    {
        if (!parent.TryGetProperty(key, out var value))
        {
            return null;
        }

        var at = Child(path, key);
        if (value.ValueKind != JsonValueKind.String)
        {
            Error(at, "must be a string");
            return null;
        }

        var text = value.GetString()!;
        if (secret && !Reference().IsMatch(text))
        {
            Error(at, "is a secret: write it as a \"${NAME}\" environment variable reference, not literally");
            return null;
        }

        return Resolve(text, at);
    }

    private string? Resolve(string text, string at)
    {
        var missing = false;
        var resolved = Reference().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            if (environment(name) is { } found)
            {
                return found;
            }

            Error(at, $"the environment variable '{name}' is not set");
            missing = true;
            return string.Empty;
        });
        return missing ? null : resolved;
    }

    private int? Int(JsonElement parent, string key, string path, long min, long max)
    {
        if (!parent.TryGetProperty(key, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= min && number <= max)
        {
            return (int)number;
        }

        Error(Child(path, key), string.Create(CultureInfo.InvariantCulture, $"must be a whole number between {min} and {max}"));
        return null;
    }

    private long? Long(JsonElement parent, string key, string path)
    {
        if (!parent.TryGetProperty(key, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number > 0)
        {
            return number;
        }

        Error(Child(path, key), "must be a positive whole number");
        return null;
    }

    private Uri? Url(JsonElement parent, string key, string path)
    {
        var text = String(parent, key, path);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return url;
        }

        Error(Child(path, key), "must be an absolute http or https URL");
        return null;
    }

    private List<string>? Events(JsonElement parent, string key, string path)
    {
        if (!parent.TryGetProperty(key, out var value))
        {
            return null;
        }

        var at = Child(path, key);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(at, "must be an array of event names");
            return null;
        }

        var events = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{at}[{index++}]");
            if (item.ValueKind == JsonValueKind.String && RyzeEvents.All.Contains(item.GetString(), StringComparer.Ordinal))
            {
                events.Add(item.GetString()!);
            }
            else
            {
                Error(itemPath, $"must be one of: {string.Join(", ", RyzeEvents.All)}");
            }
        }

        return events;
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}

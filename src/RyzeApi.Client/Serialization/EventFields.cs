using System.Text.Json;

namespace RyzeApi.Client.Serialization;

/// <summary>
/// Reads an event's payload from its JSON DOM without ever throwing: a missing field, a field of another shape or a
/// payload that is not an object reads as absent. Where the docs do not name a field, callers try each candidate.
/// </summary>
internal static class EventFields
{
    /// <summary>The value at <paramref name="path"/>, or <c>default</c> (<see cref="JsonValueKind.Undefined"/>).</summary>
    public static JsonElement At(JsonElement element, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return default;
            }
        }

        return element;
    }

    /// <summary>A string, or a number's text (ids are sometimes numbers); anything else is <see langword="null"/>.</summary>
    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    /// <summary>The first non-empty text among the candidate fields of <paramref name="element"/>.</summary>
    public static string? FirstText(JsonElement element, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Text(At(element, name)) is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    public static bool? Flag(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static DateTimeOffset? Timestamp(JsonElement value) => LenientTimestampConverter.Read(value);

    /// <summary>The texts of an array whose items are strings, numbers or objects carrying a <c>jid</c> or <c>id</c>.</summary>
    public static IReadOnlyList<string> Texts(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var texts = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if ((Text(item) ?? FirstText(item, "jid", "id")) is { Length: > 0 } text)
            {
                texts.Add(text);
            }
        }

        return texts;
    }
}

using System.Text.Json;

namespace RyzeApi.Client.Serialization;

/// <summary>Steps over a value inside a converter, also while a streamed body is still arriving.</summary>
internal static class JsonReaderSkipping
{
    /// <summary>
    /// <see cref="Utf8JsonReader.Skip"/> throws on a partial buffer (<see cref="Utf8JsonReader.IsFinalBlock"/> false),
    /// which is every buffer of a streamed body larger than one read, even though the serializer has already buffered
    /// the converter's whole value; <see cref="Utf8JsonReader.TrySkip"/> does not.
    /// </summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw new JsonException("The JSON value is incomplete.");
        }
    }
}

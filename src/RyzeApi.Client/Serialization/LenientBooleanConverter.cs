using System.Text.Json;
using System.Text.Json.Serialization;

namespace RyzeApi.Client.Serialization;

/// <summary>
/// Reads the flags of the list items' blocks, which the docs show only in part (SPEC §2.2 is cut off there):
/// <c>true</c>/<c>false</c>, <c>"true"</c>/<c>"false"</c> or 0/1; <c>null</c> or any other shape reads as
/// <see langword="false"/> instead of failing the whole answer.
/// </summary>
internal sealed class LenientBooleanConverter : JsonConverter<bool>
{
    public override bool HandleNull => true;

    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                return bool.TryParse(reader.GetString(), out var text) && text;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var number) && number != 0;
            default:
                JsonReaderSkipping.SkipValue(ref reader);
                return false;
        }
    }

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }
}

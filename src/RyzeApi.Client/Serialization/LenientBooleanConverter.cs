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

    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryRead(ref reader, out var flag) && flag;

    /// <summary>Reads the flag at the reader; <see langword="false"/> (the value stepped over) for <c>null</c> or any other shape.</summary>
    internal static bool TryRead(ref Utf8JsonReader reader, out bool flag)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                flag = true;
                return true;
            case JsonTokenType.False:
                flag = false;
                return true;
            case JsonTokenType.String:
                return bool.TryParse(reader.GetString(), out flag);
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                flag = number != 0;
                return true;
            default:
                JsonReaderSkipping.SkipValue(ref reader);
                flag = false;
                return false;
        }
    }

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }
}

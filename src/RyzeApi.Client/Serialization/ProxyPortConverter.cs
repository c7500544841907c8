using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RyzeApi.Client.Serialization;

/// <summary>
/// Reads a proxy port sent as a number, a numeric string, or empty/<c>null</c> when no proxy is set (SPEC §2.9: "the
/// other fields empty/null"); anything else reads as no port rather than failing the whole answer.
/// </summary>
internal sealed class ProxyPortConverter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt32(out var number) ? number : null;
            case JsonTokenType.String when !reader.ValueIsEscaped && !reader.HasValueSequence:
                return Utf8Parser.TryParse(reader.ValueSpan, out int parsed, out var consumed) && consumed == reader.ValueSpan.Length ? parsed : null;
            case JsonTokenType.String:
                return int.TryParse(reader.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var text) ? text : null;
            default:
                JsonReaderSkipping.SkipValue(ref reader);
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } port)
        {
            writer.WriteStringValue(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RyzeApi.Client.Serialization;

/// <summary>
/// Reads the metrics' counts, whose types the docs do not give (SPEC §2.13: "Types NOT FOUND"): an integer, a number with
/// a fraction (rounded) or a numeric string. Any other shape (<c>null</c>, an array of daily counts, an object) reads as 0
/// instead of failing the whole answer. It reads every <see cref="long"/> RyzeAPI sends: the counts, and Chatwoot's
/// account id, whose unreadable value reads as 0 too. Writing is unchanged.
/// </summary>
internal sealed class LenientCountConverter : JsonConverter<long>
{
    // Past this a double no longer converts to a long.
    private const double Largest = 9.2e18;

    public override bool HandleNull => true;

    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out var whole):
                return whole;
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var number) && double.IsFinite(number) && Math.Abs(number) < Largest ? (long)Math.Round(number) : 0;
            case JsonTokenType.String:
                return long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var text) ? text : 0;
            default:
                JsonReaderSkipping.SkipValue(ref reader);
                return 0;
        }
    }

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RyzeApi.Client.Serialization;

/// <summary>
/// Reads a timestamp whose format the docs do not always give (the metrics' <c>firstMessageAt</c>/<c>lastMessageAt</c>,
/// the list items' <c>createdAt</c>/<c>updatedAt</c>): an ISO 8601 or other invariant date string, or Unix time as a
/// number (seconds, or milliseconds when it is too large to be seconds). Empty, <c>null</c>, Go's zero time or any other
/// shape reads as no timestamp instead of failing the whole answer.
/// </summary>
internal sealed class LenientTimestampConverter : JsonConverter<DateTimeOffset?>
{
    // 10^11 seconds is the year 5138: a larger Unix time is in milliseconds.
    private const long LargestSeconds = 100_000_000_000;

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String when reader.TryGetDateTimeOffset(out var iso):
                return NoneIfZero(iso);
            case JsonTokenType.String:
                return DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var text) ? NoneIfZero(text) : null;
            case JsonTokenType.Number when reader.TryGetInt64(out var unix):
                return FromUnixTime(unix);
            default:
                JsonReaderSkipping.SkipValue(ref reader);
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } timestamp)
        {
            writer.WriteStringValue(timestamp);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>The same reading for a value in a JSON DOM (an event's payload).</summary>
    public static DateTimeOffset? Read(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when value.TryGetDateTimeOffset(out var iso) => NoneIfZero(iso),
        JsonValueKind.String => DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var text) ? NoneIfZero(text) : null,
        JsonValueKind.Number when value.TryGetInt64(out var unix) => FromUnixTime(unix),
        _ => null,
    };

    // Go's zero time (0001-01-01T00:00:00Z), which a Go server writes for a time never set, is no timestamp.
    private static DateTimeOffset? NoneIfZero(DateTimeOffset value) => value.UtcTicks == 0 ? null : value;

    private static DateTimeOffset? FromUnixTime(long unix)
    {
        var milliseconds = unix is > -LargestSeconds and < LargestSeconds ? unix * 1000 : unix; // not Math.Abs: it throws on long.MinValue
        return milliseconds is >= -62_135_596_800_000 and <= 253_402_300_799_999 ? NoneIfZero(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)) : null;
    }
}

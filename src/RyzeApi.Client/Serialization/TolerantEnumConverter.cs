using System.Text.Json;
using System.Text.Json.Serialization;

namespace RyzeApi.Client.Serialization;

/// <summary>
/// Reads a wire string into an enum and maps anything unrecognised (or not a string) to <c>Unknown = 0</c> instead of
/// throwing, as <see cref="JsonStringEnumConverter{TEnum}"/> would. The one place unknown server values are handled.
/// </summary>
internal abstract class TolerantEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly (string Wire, TEnum Value)[] _names;

    protected TolerantEnumConverter(params (string Wire, TEnum Value)[] names) => _names = names;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            JsonReaderSkipping.SkipValue(ref reader);
            return default;
        }

        foreach (var (wire, value) in _names)
        {
            if (reader.ValueTextEquals(wire))
            {
                return value;
            }
        }

        return default;
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ToWire(value));
    }

    /// <summary>The value of a wire string read outside the serializer (events are read from a JSON DOM); unknown or absent is <c>Unknown</c>.</summary>
    public TEnum FromWire(string? wire)
    {
        foreach (var (name, value) in _names)
        {
            if (string.Equals(name, wire, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return default;
    }

    public string ToWire(TEnum value)
    {
        foreach (var (wire, known) in _names)
        {
            if (EqualityComparer<TEnum>.Default.Equals(known, value))
            {
                return wire;
            }
        }

        return "unknown";
    }
}

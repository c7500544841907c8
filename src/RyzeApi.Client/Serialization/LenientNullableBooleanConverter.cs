using System.Text.Json;
using System.Text.Json.Serialization;

namespace RyzeApi.Client.Serialization;

/// <summary>
/// <see cref="LenientBooleanConverter"/> for an optional flag: <c>null</c>, or a shape that is not a flag, reads as
/// <see langword="null"/> (not sent) instead of failing the whole answer.
/// </summary>
internal sealed class LenientNullableBooleanConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientBooleanConverter.TryRead(ref reader, out var flag) ? flag : null;

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

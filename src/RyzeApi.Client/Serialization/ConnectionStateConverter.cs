using System.Text.Json;
using System.Text.Json.Serialization;

namespace RyzeApi.Client.Serialization;

/// <summary>
/// <c>connection.state</c>: a state, read as <see cref="InstanceStateConverter"/> reads it, or <see langword="null"/> when
/// RyzeAPI sent <c>null</c> or an empty string, so that the effective state falls back to <c>status</c> (SPEC §6) rather
/// than reading as unknown.
/// </summary>
internal sealed class ConnectionStateConverter : JsonConverter<InstanceState?>
{
    private static readonly InstanceStateConverter States = new();

    public override bool HandleNull => true;

    public override InstanceState? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String when IsEmpty(ref reader) => null,
        _ => States.Read(ref reader, typeof(InstanceState), options),
    };

    private static bool IsEmpty(ref Utf8JsonReader reader) => reader.HasValueSequence ? reader.ValueSequence.IsEmpty : reader.ValueSpan.IsEmpty;

    public override void Write(Utf8JsonWriter writer, InstanceState? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } state)
        {
            States.Write(writer, state, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace RyzeApi.Client.Serialization;

/// <summary>
/// Reads the <c>settings</c> object field by field, so an absent or null field keeps its documented default (the
/// source generator would set it to <c>default(T)</c>: <c>disableHistorySync</c> would read <see langword="false"/>).
/// Unknown fields and values of the wrong type are ignored.
/// </summary>
internal sealed class InstanceSettingsConverter : JsonConverter<InstanceSettings>
{
    private static readonly InstanceSettings Defaults = new();

    public override InstanceSettings? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonReaderSkipping.SkipValue(ref reader);
            return null;
        }

        var defaults = Defaults;
        bool autoReject = defaults.AutoRejectCalls, ignoreGroups = defaults.IgnoreGroupMessages, keepOnline = defaults.KeepOnlineStatus;
        bool autoRead = defaults.AutoReadMessages, disableHistory = defaults.DisableHistorySync, ignoreStatus = defaults.IgnoreStatus;
        var rejectMessage = defaults.CallRejectMessage;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Field(ref reader);
            reader.Read();
            switch (field)
            {
                case 1: autoReject = ReadBool(ref reader, autoReject); break;
                case 2: rejectMessage = reader.TokenType == JsonTokenType.String ? reader.GetString()! : rejectMessage; break;
                case 3: ignoreGroups = ReadBool(ref reader, ignoreGroups); break;
                case 4: keepOnline = ReadBool(ref reader, keepOnline); break;
                case 5: autoRead = ReadBool(ref reader, autoRead); break;
                case 6: disableHistory = ReadBool(ref reader, disableHistory); break;
                case 7: ignoreStatus = ReadBool(ref reader, ignoreStatus); break;
                default: break;
            }

            JsonReaderSkipping.SkipValue(ref reader); // no-op on a scalar; steps over an unknown object or array
        }

        return new InstanceSettings
        {
            AutoRejectCalls = autoReject,
            CallRejectMessage = rejectMessage,
            IgnoreGroupMessages = ignoreGroups,
            KeepOnlineStatus = keepOnline,
            AutoReadMessages = autoRead,
            DisableHistorySync = disableHistory,
            IgnoreStatus = ignoreStatus,
        };
    }

    public override void Write(Utf8JsonWriter writer, InstanceSettings value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteBoolean("autoRejectCalls", value.AutoRejectCalls);
        writer.WriteString("callRejectMessage", value.CallRejectMessage);
        writer.WriteBoolean("ignoreGroupMessages", value.IgnoreGroupMessages);
        writer.WriteBoolean("keepOnlineStatus", value.KeepOnlineStatus);
        writer.WriteBoolean("autoReadMessages", value.AutoReadMessages);
        writer.WriteBoolean("disableHistorySync", value.DisableHistorySync);
        writer.WriteBoolean("ignoreStatus", value.IgnoreStatus);
        writer.WriteEndObject();
    }

    private static int Field(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("autoRejectCalls"u8) ? 1
        : reader.ValueTextEquals("callRejectMessage"u8) ? 2
        : reader.ValueTextEquals("ignoreGroupMessages"u8) ? 3
        : reader.ValueTextEquals("keepOnlineStatus"u8) ? 4
        : reader.ValueTextEquals("autoReadMessages"u8) ? 5
        : reader.ValueTextEquals("disableHistorySync"u8) ? 6
        : reader.ValueTextEquals("ignoreStatus"u8) ? 7
        : 0;

    // The same shapes as the list items' flags ("true", 1); anything else keeps the documented default.
    private static bool ReadBool(ref Utf8JsonReader reader, bool fallback) =>
        LenientBooleanConverter.TryRead(ref reader, out var flag) ? flag : fallback;
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace RyzeApi.Client.Serialization;

/// <summary>
/// Reads a URL RyzeAPI reports (webhook URL, Chatwoot base URL, S3 endpoint, profile picture) as an absolute
/// <see cref="Uri"/>; empty, <c>null</c>, relative or malformed text reads as no URL instead of failing the whole answer.
/// </summary>
internal sealed class LenientUriConverter : JsonConverter<Uri?>
{
    public override bool HandleNull => true;

    public static Uri? Parse(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : null;

    public override Uri? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Parse(reader.GetString());
        }

        JsonReaderSkipping.SkipValue(ref reader);
        return null;
    }

    public override void Write(Utf8JsonWriter writer, Uri? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.OriginalString);
        }
    }
}

using System.Globalization;
using System.Text;

namespace RyzeApi.Client;

/// <summary>The media of a <c>message.exchange</c> message (<c>data.message.media</c>).</summary>
public sealed record MessageMedia
{
    /// <summary>Image, video, audio, document, sticker, voice note or video note.</summary>
    public MediaKind Kind { get; init; }

    /// <summary>WhatsApp's (encrypted, short-lived) media URL.</summary>
    public Uri? Url { get; init; }

    /// <summary>The copy in the instance's S3 bucket, when S3 is configured.</summary>
    public Uri? S3Url { get; init; }

    /// <summary>The media itself as base64, when the webhook or WebSocket asks for <c>mediaBase64</c>. <c>ToString()</c> prints its length.</summary>
    public string? Base64 { get; init; }

    /// <summary>The MIME type, e.g. <c>image/jpeg</c>.</summary>
    public string? MimeType { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Kind = {Kind}, Url = {Url}, S3Url = {S3Url}, Base64 = {(Base64 is null ? null : $"({Base64.Length} chars)")}, MimeType = {MimeType}");
        return true;
    }
}

using System.Globalization;
using System.Text;

namespace RyzeApi.Client;

/// <summary>The answer to a connect call: a QR code, a pairing code, or "already connected". Codes print as <c>***</c>.</summary>
public sealed record ConnectResult
{
    private const string PngDataUrlPrefix = "data:image/png;base64,";

    /// <summary>What the call produced.</summary>
    public ConnectKind Kind { get; init; }

    /// <summary>The raw QR text WhatsApp expects (render it with any QR library), for <see cref="ConnectKind.QrCode"/>.</summary>
    public string? QrCode { get; init; }

    /// <summary>
    /// The server-rendered QR PNG as a <c>data:image/png;base64,</c> URL, whether or not the server sent the prefix. A string,
    /// unlike the SDK's other URLs (<see cref="Uri"/>): it is an image to show (an <c>img</c> source), not an address to call.
    /// </summary>
    public string? QrCodeDataUrl { get; init; }

    /// <summary>The 8-character pairing code without a dash (e.g. <c>ABCD1234</c>), for <see cref="ConnectKind.PairingCode"/>.</summary>
    public string? PairingCode { get; init; }

    /// <summary>The pairing code as shown on phones, <c>ABCD-1234</c>.</summary>
    public string? FormattedPairingCode => PairingCode is { Length: 8 } code ? $"{code[..4]}-{code[4..]}" : PairingCode;

    /// <summary>RyzeAPI's message, e.g. <c>QR code generated</c>.</summary>
    public string? Message { get; init; }

    /// <summary>Decodes the QR PNG image; <see langword="null"/> when there is none or it is not valid base64.</summary>
    /// <returns>The PNG bytes.</returns>
    public byte[]? GetQrCodePng()
    {
        if (QrCodeDataUrl is null || !QrCodeDataUrl.StartsWith(PngDataUrlPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var base64 = QrCodeDataUrl.AsSpan(PngDataUrlPrefix.Length);
        var bytes = new byte[base64.Length * 3 / 4];
        return Convert.TryFromBase64Chars(base64, bytes, out var written) ? bytes[..written] : null;
    }

    internal static string? NormalizeDataUrl(string? qrCodeBase64) =>
        string.IsNullOrEmpty(qrCodeBase64) || qrCodeBase64.StartsWith("data:", StringComparison.Ordinal)
            ? qrCodeBase64
            : PngDataUrlPrefix + qrCodeBase64;

    internal static string? NormalizePairingCode(string? code) =>
        code?.Replace("-", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Kind = {Kind}, QrCode = {Redaction.Of(QrCode)}, QrCodeDataUrl = {Redaction.Of(QrCodeDataUrl)}, PairingCode = {Redaction.Of(PairingCode)}, Message = {Message}");
        return true;
    }
}

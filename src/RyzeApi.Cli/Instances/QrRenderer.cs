using QRCoder;

namespace RyzeApi.Cli;

/// <summary>Draws a QR code with half-block characters (two modules per line), small enough for an 80×24 terminal.</summary>
internal static class QrRenderer
{
    public static string Render(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.L);
        using var art = new AsciiQRCode(data);
        return art.GetGraphicSmall(drawQuietZones: true, invert: false, endOfLine: "\n");
    }
}

using System.Text.RegularExpressions;

namespace RyzeApi.Client;

/// <summary>How secrets look in <c>ToString()</c>, logs and messages: present or absent, never their value.</summary>
internal static partial class Redaction
{
    public const string Mask = "***";

    public static string? Of(string? secret) => secret is null ? null : Mask;

    /// <summary>
    /// Masks the string values of secret-looking fields (any name containing token, password, secret, qrcode,
    /// pairingcode or authorization) in a piece of JSON that may be cut off anywhere, e.g. a body snippet.
    /// </summary>
    public static string MaskSecretFields(string json) => SecretField().Replace(json, "${key}\"" + Mask + "\"");

    [GeneratedRegex("""(?<key>"[^"\\]*(?:token|password|secret|qrcode|pairingcode|authorization)[^"\\]*"\s*:\s*)"(?:[^"\\]|\\.)*"?""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretField();
}

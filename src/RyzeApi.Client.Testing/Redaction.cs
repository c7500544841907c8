using System.Text;
using System.Text.RegularExpressions;

namespace RyzeApi.Client.Testing;

/// <summary>
/// How the fake's records print secrets: <c>***</c>, never their value. The Testing package does not reference the SDK,
/// so this mirrors the SDK's own (internal) masking.
/// </summary>
internal static partial class Redaction
{
    public const string Mask = "***";

    /// <summary>
    /// Masks the string values of secret-looking fields (any name containing token, password, secret, qrcode,
    /// pairingcode or authorization) in a piece of JSON, even when it is cut off or malformed.
    /// </summary>
    public static string MaskSecretFields(string json) => SecretField().Replace(json, "${key}\"" + Mask + "\"");

    /// <summary>Prints a record the way its compiler-generated <c>ToString()</c> would, from its own <c>PrintMembers</c>.</summary>
    public static string PrintRecord(string typeName, Func<StringBuilder, bool> printMembers)
    {
        var builder = new StringBuilder(typeName).Append(" { ");
        if (printMembers(builder))
        {
            builder.Append(' ');
        }

        return builder.Append('}').ToString();
    }

    [GeneratedRegex("""(?<key>"[^"\\]*(?:token|password|secret|qrcode|pairingcode|authorization)[^"\\]*"\s*:\s*)"(?:[^"\\]|\\.)*"?""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretField();
}

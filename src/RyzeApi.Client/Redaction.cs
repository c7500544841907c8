namespace RyzeApi.Client;

/// <summary>How secrets look in <c>ToString()</c>, logs and messages: present or absent, never their value.</summary>
internal static class Redaction
{
    public const string Mask = "***";

    public static string? Of(string? secret) => secret is null ? null : Mask;
}

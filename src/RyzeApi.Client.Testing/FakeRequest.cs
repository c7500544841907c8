using System.Text;

namespace RyzeApi.Client.Testing;

/// <summary>One request the fake received, as recorded for inspection.</summary>
public sealed record FakeRequest
{
    /// <summary>Gets the HTTP method, for example <c>POST</c>.</summary>
    public required string Method { get; init; }

    /// <summary>Gets the request path, for example <c>/api/instance/new</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the raw query string including the leading <c>?</c>, or an empty string.</summary>
    public required string Query { get; init; }

    /// <summary>Gets the matched route as <c>METHOD template</c>, for example <c>POST /api/instance/settings/{instance}</c>, or <see langword="null"/>.</summary>
    public string? Route { get; init; }

    /// <summary>Gets the request headers (values of repeated headers joined with a comma).</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>Gets the request body as text, or an empty string.</summary>
    public required string Body { get; init; }

    /// <summary>Gets when the request arrived, on the server's clock.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>Prints the members with secret header values and secret body fields masked.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Method = ").Append(Method).Append(", Path = ").Append(Path)
            .Append(", Query = ").Append(Query).Append(", Route = ").Append(Route).Append(", Headers = { ");
        foreach (var (name, value) in Headers)
        {
            var secret = name.Equals("token", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase);
            builder.Append(name).Append(": ").Append(secret ? Redaction.Mask : value).Append("; ");
        }

        builder.Append("}, Body = ").Append(Redaction.MaskSecretFields(Body)).Append(", Time = ").Append(Time.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}

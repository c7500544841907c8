using System.Globalization;
using System.Text;

namespace RyzeApi.Client;

/// <summary>
/// A webhook: where RyzeAPI POSTs events. An instance has up to three enabled ones, told apart by <see cref="Label"/>;
/// the one configured on create is always the <c>default</c> one.
/// </summary>
public sealed record WebhookConfig
{
    /// <summary>The label the webhook is stored under: setting a webhook with the same label replaces it.</summary>
    /// <value>The default is <c>default</c>.</value>
    public string Label { get; init; } = DefaultLabel;

    /// <summary>Whether the webhook is on.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Enabled { get; init; } = true;

    /// <summary>The absolute http(s) URL events are POSTed to; required when <see cref="Enabled"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent.</value>
    public Uri? Url { get; init; }

    /// <summary>The <c>Authorization</c> header value sent with each delivery, so your endpoint can check the caller. Printed as <c>***</c>.</summary>
    /// <value>The default is <see langword="null"/>: not sent (deliveries carry no <c>Authorization</c> header).</value>
    public string? Authorization { get; init; }

    /// <summary>Whether the event name is appended to the URL (<c>/webhook/message.exchange</c>).</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool ByEvents { get; init; }

    /// <summary>The events to deliver (see <see cref="RyzeEvents"/>); <see langword="null"/> or empty means all.</summary>
    /// <value>The default is all events.</value>
    public IReadOnlyList<string>? Events { get; init; }

    /// <summary>Whether media is delivered inline as base64.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool MediaBase64 { get; init; }

    internal const string DefaultLabel = "default";

    internal void Validate(string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Label, paramName);
        if (Enabled)
        {
            HttpUrl.Require(Url, "webhook Url", paramName);
        }

        if (Events?.Any(string.IsNullOrWhiteSpace) == true)
        {
            throw new ArgumentException("The webhook's Events must not hold a blank name.", paramName);
        }
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Label = {Label}, Enabled = {Enabled}, Url = {Url}, Authorization = {Redaction.Of(Authorization)}, ByEvents = {ByEvents}, Events = [{string.Join(", ", Events ?? [])}], MediaBase64 = {MediaBase64}");
        return true;
    }
}

using System.Globalization;
using System.Text;

namespace RyzeApi.Client;

/// <summary>A Chatwoot inbox wired to the instance. A Chatwoot failure does not fail the create: see <see cref="Instance.Chatwoot"/>.</summary>
public sealed record ChatwootConfig
{
    /// <summary>Whether the integration is on.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Enabled { get; init; } = true;

    /// <summary>The absolute http(s) URL of the Chatwoot server; required when <see cref="Enabled"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent.</value>
    public Uri? BaseUrl { get; init; }

    /// <summary>The Chatwoot account id; required (positive) when <see cref="Enabled"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent.</value>
    public long? AccountId { get; init; }

    /// <summary>The Chatwoot API access token; required when <see cref="Enabled"/>. Printed as <c>***</c>.</summary>
    /// <value>The default is <see langword="null"/>: not sent.</value>
    public string? ApiToken { get; init; }

    /// <summary>The inbox name; RyzeAPI picks one when <see langword="null"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent, RyzeAPI picks the name.</value>
    public string? InboxName { get; init; }

    /// <summary>Whether agents' names are added to messages; server default when <see langword="null"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent, the server default applies.</value>
    public bool? SignMessages { get; init; }

    /// <summary>Whether group messages are kept out of Chatwoot; server default when <see langword="null"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent, the server default applies.</value>
    public bool? IgnoreGroups { get; init; }

    /// <summary>Whether new conversations start as pending; server default when <see langword="null"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent, the server default applies.</value>
    public bool? StartAsPending { get; init; }

    /// <summary>Whether resolved conversations reopen on a new message; server default when <see langword="null"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent, the server default applies.</value>
    public bool? ReopenResolved { get; init; }

    internal void Validate(string paramName)
    {
        if (!Enabled)
        {
            return;
        }

        HttpUrl.Require(BaseUrl, "Chatwoot BaseUrl", paramName);
        if (AccountId is not > 0)
        {
            throw new ArgumentException("An enabled Chatwoot block needs a positive AccountId.", paramName);
        }

        if (string.IsNullOrWhiteSpace(ApiToken))
        {
            throw new ArgumentException("An enabled Chatwoot block needs an ApiToken.", paramName);
        }
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Enabled = {Enabled}, BaseUrl = {BaseUrl}, AccountId = {AccountId}, ApiToken = {Redaction.Of(ApiToken)}, InboxName = {InboxName}, ");
        builder.Append(CultureInfo.InvariantCulture, $"SignMessages = {SignMessages}, IgnoreGroups = {IgnoreGroups}, StartAsPending = {StartAsPending}, ReopenResolved = {ReopenResolved}");
        return true;
    }
}

namespace RyzeApi.Client.Testing;

/// <summary>Behaviours seen on the real RyzeAPI service but not in its documentation; all off by default.</summary>
public sealed class FakeRyzeQuirks
{
    /// <summary>Gets or sets whether <c>GET /api/instance/list</c> ignores <c>?instanceName=</c> and returns every instance.</summary>
    /// <value><see langword="false"/>.</value>
    public bool IgnoreInstanceNameFilter { get; set; }

    /// <summary>Gets or sets whether <c>qrCodeBase64</c> is sent without the <c>data:image/png;base64,</c> prefix.</summary>
    /// <value><see langword="false"/>.</value>
    public bool QrWithoutDataPrefix { get; set; }

    /// <summary>Gets or sets whether pairing codes are sent as <c>XXXX-XXXX</c> instead of <c>XXXXXXXX</c>.</summary>
    /// <value><see langword="false"/>.</value>
    public bool PairingCodeWithDash { get; set; }

    /// <summary>Gets or sets whether list items omit the <c>token</c> field.</summary>
    /// <value><see langword="false"/>.</value>
    public bool ListItemsWithoutToken { get; set; }

    /// <summary>Gets or sets whether a successful create answers 200 instead of 201.</summary>
    /// <value><see langword="false"/>.</value>
    public bool CreateReturns200 { get; set; }

    /// <summary>Gets or sets whether create also answers the token at <c>data.token</c>, as the authentication guide says.</summary>
    /// <value><see langword="false"/>.</value>
    public bool TokenAtDataToken { get; set; }
}

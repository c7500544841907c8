using RyzeApi.Client.Instances.Wire;

namespace RyzeApi.Client.Tests;

/// <summary>
/// No secret ever shows up in <c>ToString()</c>, nor where FluentAssertions prints an object (its formatter, and so the
/// message of a failed assertion); its presence shows as <c>***</c> and the other values stay readable.
/// </summary>
public sealed class RedactionTests
{
    private const string Secret = "s3cr3t-sentinel-value";

    /// <summary>Each object holding a secret, with a non-secret value it must still print.</summary>
    public static TheoryData<object, string> SecretHolders => new()
    {
        { new RyzeClientOptions { AccountToken = Secret }, "RyzeClientOptions" },
        {
            new CreateInstanceRequest
            {
                Name = "sales-visible", Token = Secret,
                Proxy = new ProxyConfig { Host = "h", Port = 1, Password = Secret + "-proxy" },
                Webhook = new WebhookConfig { Url = new Uri("https://a.example"), Authorization = Secret + "-webhook" },
                Chatwoot = new ChatwootConfig { ApiToken = Secret + "-chatwoot" },
                S3 = new S3Config { SecretKey = Secret + "-s3" },
            },
            "sales-visible"
        },
        { new ProxyConfig { Host = "h", Port = 1, Username = "user-visible", Password = Secret }, "user-visible" },
        { RyzeEventParser.Parse($$$"""{"event":"instance.state","data":{"state":"connected"},"instanceData":{"instance":"sales-visible","token":"{{{Secret}}}"}}"""), "sales-visible" },
        { new S3Config { AccessKey = "AKIA-visible", SecretKey = Secret }, "AKIA-visible" },
        { new ChatwootConfig { ApiToken = Secret, InboxName = "inbox-visible" }, "inbox-visible" },
        { new WebhookConfig { Url = new Uri("https://hooks.example/visible"), Authorization = Secret }, "hooks.example/visible" },
        { new Instance { Name = "sales-visible", Token = Secret }, "sales-visible" },
        { new Instance { Name = "sales-visible", Token = Secret }, "sales-visible" },
        { new ConnectResult { Kind = ConnectKind.QrCode, QrCode = Secret, QrCodeDataUrl = "data:image/png;base64," + Secret, Message = "visible" }, "visible" },
        { new ConnectResult { Kind = ConnectKind.PairingCode, PairingCode = Secret, Message = "visible" }, "visible" },
        {
            new EnsureInstanceResult { Created = true, Instance = new Instance { Name = "sales-visible", Token = Secret } },
            "sales-visible"
        },
    };

    [Theory]
    [MemberData(nameof(SecretHolders))]
    public void ToString_masks_every_secret(object holder, string visible)
    {
        var text = holder.ToString();

        text.Should().NotContain(Secret).And.Contain("***").And.Contain(visible);
    }

    /// <summary>The internal wire records that hold secrets on their way to or from RyzeAPI.</summary>
    public static TheoryData<object> WireSecretHolders => new()
    {
        new CreateInstanceBody { Name = "sales", Token = Secret, ProxyPassword = Secret, ChatwootApiToken = Secret, S3SecretKey = Secret, WebhookAuthorization = Secret },
        new ProxyBody { Enabled = true, Password = Secret },
        new S3Body { Enabled = true, SecretKey = Secret },
        new TokenHolder { Token = Secret },
        new ConnectEnvelope { QrCode = Secret, QrCodeBase64 = Secret, PairingCode = Secret },
    };

    [Theory]
    [MemberData(nameof(WireSecretHolders))]
    public void Wire_records_print_their_type_name_without_secrets(object holder)
    {
        var text = holder.ToString();

        text.Should().NotContain(Secret).And.Be(holder.GetType().Name);
    }

    [Fact]
    public void ToString_keeps_non_secret_values_readable()
    {
        new ProxyConfig { Host = "proxy.example.com", Port = 1080, Username = "user1", Password = Secret }.ToString()
            .Should().Contain("proxy.example.com").And.Contain("1080").And.Contain("user1");
    }

    [Fact]
    public void ToString_prints_the_same_text_as_a_record_would()
    {
        new ProxyConfig { Host = "h", Port = 1, Username = "u", Password = Secret }.ToString()
            .Should().Be("ProxyConfig { Enabled = True, Protocol = Http, Host = h, Port = 1, Username = u, Password = *** }");
    }
}

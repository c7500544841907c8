namespace RyzeApi.Client.Tests;

/// <summary>No secret ever shows up in <c>ToString()</c>; its presence shows as <c>***</c>.</summary>
public sealed class RedactionTests
{
    private const string Secret = "s3cr3t-sentinel-value";

    public static TheoryData<object> SecretHolders => new()
    {
        new RyzeClientOptions { AccountToken = Secret },
        new CreateInstanceRequest
        {
            Name = "sales", Token = Secret,
            Proxy = new ProxyConfig { Host = "h", Port = 1, Password = Secret + "-proxy" },
            Webhook = new WebhookConfig { Url = new Uri("https://a.example"), Authorization = Secret + "-webhook" },
            Chatwoot = new ChatwootConfig { ApiToken = Secret + "-chatwoot" },
            S3 = new S3Config { SecretKey = Secret + "-s3" },
        },
        new ProxyConfig { Host = "h", Port = 1, Username = "user", Password = Secret },
        new S3Config { AccessKey = "AKIA", SecretKey = Secret },
        new ChatwootConfig { ApiToken = Secret },
        new WebhookConfig { Authorization = Secret },
        new Instance { Name = "sales", Token = Secret },
        new InstanceInfo { Name = "sales", Token = Secret },
        new ConnectResult { Kind = ConnectKind.QrCode, QrCode = Secret, QrCodeDataUrl = "data:image/png;base64," + Secret },
        new ConnectResult { Kind = ConnectKind.PairingCode, PairingCode = Secret },
    };

    [Theory]
    [MemberData(nameof(SecretHolders))]
    public void ToString_masks_every_secret(object holder)
    {
        var text = holder.ToString();

        text.Should().NotContain(Secret).And.Contain("***");
    }

    [Fact]
    public void ToString_keeps_non_secret_values_readable()
    {
        new ProxyConfig { Host = "proxy.example.com", Port = 1080, Username = "user1", Password = Secret }.ToString()
            .Should().Contain("proxy.example.com").And.Contain("1080").And.Contain("user1");
    }
}

using RyzeApi.Client.Testing;

namespace RyzeApi.Client.Tests.Integration;

/// <summary>The whole instance lifecycle through the public API against the independent fake RyzeAPI.</summary>
public sealed class LifecycleAgainstFakeTests
{
    [Fact]
    public async Task Create_connect_pair_configure_logout_delete_round_trips_through_the_fake()
    {
        await using var fake = await FakeRyzeServer.StartAsync();
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = fake.BaseAddress, AccountToken = fake.AccountToken });

        var created = await client.Instances.CreateAsync(new CreateInstanceRequest
        {
            Name = "sales",
            Proxy = new ProxyConfig { Protocol = ProxyProtocol.Socks5, Host = "proxy.company.com", Port = 1080, Username = "u", Password = "p" },
            Webhook = new WebhookConfig { Url = new Uri("https://myapp.com/webhook"), Events = [RyzeEvents.MessageExchange, RyzeEvents.CallUpdate] },
            WebSocket = new WebSocketConfig { Events = [RyzeEvents.InstanceState] },
            Chatwoot = new ChatwootConfig { BaseUrl = new Uri("https://chatwoot.example.com"), AccountId = 5, ApiToken = "cw-token" },
            Settings = new InstanceSettings { AutoRejectCalls = true, CallRejectMessage = "No calls." },
            S3 = new S3Config { Region = "us-east-1", Bucket = "media", AccessKey = "AKIA", SecretKey = "s3-secret" },
        });
        created.Token.Should().Be(fake.Instances.Single(i => i.Name == "sales").Token);
        created.Status.Should().Be(InstanceState.Disconnected);
        created.Proxy.Should().BeEquivalentTo(new ProxyInfo { Enabled = true, Host = "proxy.company.com", Port = 1080, Protocol = ProxyProtocol.Socks5, Username = "u" });
        created.Webhook!.Events.Should().Equal(RyzeEvents.MessageExchange, RyzeEvents.CallUpdate);
        created.Chatwoot!.Status.Should().Be(ChatwootStatus.Active);
        created.Settings!.AutoRejectCalls.Should().BeTrue();
        created.S3!.Bucket.Should().Be("media");

        var qr = await client.Instances.ConnectAsync("sales");
        qr.Kind.Should().Be(ConnectKind.QrCode);
        qr.GetQrCodePng().Should().StartWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        (await client.Instances.GetAsync("sales")).State.Should().Be(InstanceState.Connecting);

        fake.SimulatePairing("sales");
        var paired = await client.ForInstance("sales", created.Token!).Instances.GetAsync("sales");
        paired.State.Should().Be(InstanceState.Connected);
        paired.Connection!.NumberJid.Should().EndWith("@s.whatsapp.net");

        (await client.Instances.UpdateSettingsAsync("sales", new InstanceSettingsPatch { AutoReadMessages = true }))
            .Should().BeEquivalentTo(new InstanceSettings { AutoRejectCalls = true, CallRejectMessage = "No calls.", AutoReadMessages = true });
        (await client.Instances.UpdateProxyAsync("sales", ProxyConfig.Disabled)).Enabled.Should().BeFalse();
        (await client.Instances.UpdateS3Async("sales", S3Config.Disabled)).Enabled.Should().BeFalse();
        (await client.Instances.GetMetricsAsync("sales")).Instance.Should().Be("sales");

        await client.Instances.LogoutAsync("sales");
        (await client.Instances.GetAsync("sales")).State.Should().Be(InstanceState.LoggedOut);
        await FluentActions.Awaiting(() => client.Instances.ReconnectAsync("sales")).Should().ThrowAsync<RyzeBadRequestException>()
            .Where(e => e.ErrorMessage!.StartsWith("Instance has no saved session", StringComparison.Ordinal));

        await client.Instances.DeleteAsync("sales");
        await FluentActions.Awaiting(() => client.Instances.GetAsync("sales")).Should().ThrowAsync<RyzeNotFoundException>();
        fake.Instances.Should().BeEmpty();
    }

    [Fact]
    public async Task Pairing_code_and_quirks_of_the_real_service_are_absorbed()
    {
        await using var fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions
        {
            Quirks = new FakeRyzeQuirks { IgnoreInstanceNameFilter = true, QrWithoutDataPrefix = true, PairingCodeWithDash = true, ListItemsWithoutToken = true, TokenAtDataToken = true },
        });
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = fake.BaseAddress, AccountToken = fake.AccountToken });
        (await client.Instances.CreateAsync(new CreateInstanceRequest { Name = "other" })).Token.Should().Be(fake.Instances.Single(i => i.Name == "other").Token);
        await client.Instances.CreateAsync(new CreateInstanceRequest { Name = "sales" });

        var qr = await client.Instances.ConnectAsync("sales");
        var pairing = await client.Instances.ConnectAsync("sales", new ConnectOptions { PhoneNumber = "5511999999999", HistoryDays = 7 });
        var sales = await client.Instances.GetAsync("sales");

        qr.QrCodeDataUrl.Should().StartWith("data:image/png;base64,");
        pairing.Kind.Should().Be(ConnectKind.PairingCode);
        pairing.PairingCode.Should().MatchRegex("^[A-Z0-9]{8}$");
        sales.Name.Should().Be("sales");
        sales.Token.Should().BeNull();
        fake.Requests.Should().Contain(r => r.Path == "/api/instance/connect/sales" && r.Query.Contains("history=7", StringComparison.Ordinal));
    }
}

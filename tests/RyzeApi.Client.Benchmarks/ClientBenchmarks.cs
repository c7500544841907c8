using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RyzeApi.Client.Benchmarks.Peer;
using RyzeApi.Client.Instances.Wire;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// One SDK call per category against the peer a partner would assemble (<c>RefitStandardResilience&lt;Category&gt;</c>, the
/// baseline) and the hand-written floor (<c>HandWritten&lt;Category&gt;</c>), all over the same in-memory <see cref="CannedHandler"/>.
/// <c>Ratio</c> and <c>Alloc Ratio</c> are each call's cost relative to the peer in the same category.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ClientBenchmarks
{
    private const string Token = "bench-account-token";
    private static readonly Uri BaseAddress = new("https://ryzeapi.cloud");

    private static readonly CreateInstanceRequest CreateRequest = new()
    {
        Name = "my-instance",
        Proxy = new ProxyConfig { Protocol = ProxyProtocol.Socks5, Host = "proxy.example.com", Port = 1080, Username = "user", Password = "secret" },
        Webhook = new WebhookConfig { Url = new Uri("https://myapp.com/webhook"), Authorization = "Bearer abc", Events = ["message.exchange", "call.update"] },
        WebSocket = new WebSocketConfig { Events = ["message.exchange"] },
        Chatwoot = new ChatwootConfig { BaseUrl = new Uri("https://chatwoot.example.com"), AccountId = 5, ApiToken = "sk_live_abc123", InboxName = "WhatsApp - Orion" },
        Settings = new InstanceSettings { AutoRejectCalls = true, CallRejectMessage = "This number does not accept calls.", KeepOnlineStatus = true, IgnoreStatus = true },
        S3 = new S3Config { Region = "us-east-1", Bucket = "media", AccessKey = "AKIA...", SecretKey = "s3-secret", Endpoint = new Uri("https://s3.example.com"), PathPrefix = "whatsapp/" },
    };

    private SdkHost _sdk = null!;
    private PeerHost _peer = null!;
    private HttpClient _http = null!;
    private HandWrittenClient _handWritten = null!;

    /// <summary>Whether the SDK's spans and metrics are listened to; BenchmarkDotNet's runs always listen, <c>--loop</c> may not.</summary>
    public bool ListenToTelemetry { get; init; } = true;

    [GlobalSetup(Targets = [nameof(List100), nameof(HandWrittenList100), nameof(RefitStandardResilienceList100)])]
    public void SetupList100() => Setup(listSize: 100);

    [GlobalSetup(Targets = [nameof(List1000), nameof(HandWrittenList1000), nameof(RefitStandardResilienceList1000)])]
    public void SetupList1000() => Setup(listSize: 1000);

    [GlobalSetup]
    public void SetupOthers() => Setup(listSize: 1);

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _peer.Dispose();
        _http.Dispose();
    }

    [Benchmark, BenchmarkCategory("create")]
    public Task<Instance> Create() => _sdk.Client.Instances.CreateAsync(CreateRequest);

    [Benchmark, BenchmarkCategory("create")]
    public Task<Instance?> HandWrittenCreate() => _handWritten.CreateAsync(WireMapping.ToBody(CreateRequest));

    [Benchmark(Baseline = true), BenchmarkCategory("create")]
    public Task<PeerInstance?> RefitStandardResilienceCreate() => _peer.Client.CreateAsync(NewPeerCreateBody());

    [Benchmark, BenchmarkCategory("list-1")]
    public Task<IReadOnlyList<Instance>> List1() => _sdk.Client.Instances.ListAsync();

    [Benchmark, BenchmarkCategory("list-1")]
    public Task<IReadOnlyList<Instance>?> HandWrittenList1() => _handWritten.ListAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("list-1")]
    public Task<IReadOnlyList<PeerInstance>?> RefitStandardResilienceList1() => _peer.Client.ListAsync();

    [Benchmark, BenchmarkCategory("list-100")]
    public Task<IReadOnlyList<Instance>> List100() => _sdk.Client.Instances.ListAsync();

    [Benchmark, BenchmarkCategory("list-100")]
    public Task<IReadOnlyList<Instance>?> HandWrittenList100() => _handWritten.ListAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("list-100")]
    public Task<IReadOnlyList<PeerInstance>?> RefitStandardResilienceList100() => _peer.Client.ListAsync();

    [Benchmark, BenchmarkCategory("list-1000")]
    public Task<IReadOnlyList<Instance>> List1000() => _sdk.Client.Instances.ListAsync();

    [Benchmark, BenchmarkCategory("list-1000")]
    public Task<IReadOnlyList<Instance>?> HandWrittenList1000() => _handWritten.ListAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("list-1000")]
    public Task<IReadOnlyList<PeerInstance>?> RefitStandardResilienceList1000() => _peer.Client.ListAsync();

    [Benchmark, BenchmarkCategory("settings")]
    public Task<InstanceSettings> Settings() => _sdk.Client.Instances.GetSettingsAsync(CannedResponses.InstanceName);

    [Benchmark, BenchmarkCategory("settings")]
    public Task<InstanceSettings?> HandWrittenSettings() => _handWritten.GetSettingsAsync(CannedResponses.InstanceName);

    [Benchmark(Baseline = true), BenchmarkCategory("settings")]
    public Task<PeerSettings?> RefitStandardResilienceSettings() => _peer.Client.GetSettingsAsync(CannedResponses.InstanceName);

    [Benchmark, BenchmarkCategory("connect")]
    public Task<ConnectResult> Connect() => _sdk.Client.Instances.ConnectAsync(CannedResponses.InstanceName);

    [Benchmark, BenchmarkCategory("connect")]
    public Task HandWrittenConnect() => _handWritten.ConnectAsync(CannedResponses.InstanceName);

    [Benchmark(Baseline = true), BenchmarkCategory("connect")]
    public Task<PeerConnectAnswer> RefitStandardResilienceConnect() => _peer.Client.ConnectAsync(CannedResponses.InstanceName);

    [Benchmark, BenchmarkCategory("error-404")]
    public async Task<string?> Error404()
    {
        try
        {
            await _sdk.Client.Instances.GetSettingsAsync(CannedHandler.MissingInstance);
            throw new InvalidOperationException("Expected a 404.");
        }
        catch (RyzeNotFoundException ex)
        {
            return ex.Message;
        }
    }

    [Benchmark, BenchmarkCategory("error-404")]
    public async Task<string?> HandWrittenError404()
    {
        try
        {
            await _handWritten.GetSettingsAsync(CannedHandler.MissingInstance);
            throw new InvalidOperationException("Expected a 404.");
        }
        catch (HandWrittenApiException ex)
        {
            return ex.Message;
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("error-404")]
    public async Task<string?> RefitStandardResilienceError404()
    {
        try
        {
            await _peer.Client.GetSettingsAsync(CannedHandler.MissingInstance);
            throw new InvalidOperationException("Expected a 404.");
        }
        catch (PeerApiException ex)
        {
            return ex.Message;
        }
    }

    private static PeerCreateBody NewPeerCreateBody() => new()
    {
        Name = "my-instance",
        ProxyEnabled = true, ProxyHost = "proxy.example.com", ProxyPort = "1080", ProxyProtocol = "socks5", ProxyUsername = "user", ProxyPassword = "secret",
        WebhookEnabled = true, WebhookUrl = "https://myapp.com/webhook", WebhookAuthorization = "Bearer abc", WebhookEvents = ["message.exchange", "call.update"],
        WebsocketEnabled = true, WebsocketEvents = ["message.exchange"],
        ChatwootEnabled = true, ChatwootBaseUrl = "https://chatwoot.example.com", ChatwootAccountId = 5, ChatwootApiToken = "sk_live_abc123", ChatwootInboxName = "WhatsApp - Orion",
        AutoRejectCalls = true, CallRejectMessage = "This number does not accept calls.", KeepOnlineStatus = true, IgnoreStatus = true,
        S3Enabled = true, S3Region = "us-east-1", S3Bucket = "media", S3AccessKey = "AKIA...", S3SecretKey = "s3-secret", S3Endpoint = "https://s3.example.com", S3PathPrefix = "whatsapp/",
    };

    private void Setup(int listSize)
    {
        var handler = new CannedHandler(listSize);
        _sdk = new SdkHost(BaseAddress, Token, () => handler, ListenToTelemetry);
        _peer = new PeerHost(BaseAddress, Token, () => handler);
        _http = HandWrittenClient.CreateHttpClient(handler, BaseAddress);
        _handWritten = new HandWrittenClient(_http, Token);
    }
}

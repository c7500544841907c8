using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RyzeApi.Client.Instances.Wire;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// One SDK call against its hand-written baseline per category, both over the same in-memory <see cref="CannedHandler"/>.
/// <c>Ratio</c> and <c>Alloc Ratio</c> are the SDK's cost relative to the hand-written client in the same category.
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
    private HttpClient _http = null!;
    private HandWrittenClient _handWritten = null!;

    /// <summary>Whether the SDK's spans and metrics are listened to; BenchmarkDotNet's runs always listen, <c>--loop</c> may not.</summary>
    public bool ListenToTelemetry { get; init; } = true;

    [GlobalSetup(Targets = [nameof(List100), nameof(HandWrittenList100)])]
    public void SetupList100() => Setup(listSize: 100);

    [GlobalSetup(Targets = [nameof(List1000), nameof(HandWrittenList1000)])]
    public void SetupList1000() => Setup(listSize: 1000);

    [GlobalSetup]
    public void SetupOthers() => Setup(listSize: 1);

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _http.Dispose();
    }

    [Benchmark, BenchmarkCategory("create")]
    public Task<Instance> Create() => _sdk.Client.Instances.CreateAsync(CreateRequest);

    [Benchmark(Baseline = true), BenchmarkCategory("create")]
    public Task<Instance?> HandWrittenCreate() => _handWritten.CreateAsync(WireMapping.ToBody(CreateRequest));

    [Benchmark, BenchmarkCategory("list-1")]
    public Task<IReadOnlyList<Instance>> List1() => _sdk.Client.Instances.ListAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("list-1")]
    public Task<IReadOnlyList<Instance>?> HandWrittenList1() => _handWritten.ListAsync();

    [Benchmark, BenchmarkCategory("list-100")]
    public Task<IReadOnlyList<Instance>> List100() => _sdk.Client.Instances.ListAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("list-100")]
    public Task<IReadOnlyList<Instance>?> HandWrittenList100() => _handWritten.ListAsync();

    [Benchmark, BenchmarkCategory("list-1000")]
    public Task<IReadOnlyList<Instance>> List1000() => _sdk.Client.Instances.ListAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("list-1000")]
    public Task<IReadOnlyList<Instance>?> HandWrittenList1000() => _handWritten.ListAsync();

    [Benchmark, BenchmarkCategory("settings")]
    public Task<InstanceSettings> Settings() => _sdk.Client.Instances.GetSettingsAsync(CannedResponses.InstanceName);

    [Benchmark(Baseline = true), BenchmarkCategory("settings")]
    public Task<InstanceSettings?> HandWrittenSettings() => _handWritten.GetSettingsAsync(CannedResponses.InstanceName);

    [Benchmark, BenchmarkCategory("connect")]
    public Task<ConnectResult> Connect() => _sdk.Client.Instances.ConnectAsync(CannedResponses.InstanceName);

    [Benchmark(Baseline = true), BenchmarkCategory("connect")]
    public Task HandWrittenConnect() => _handWritten.ConnectAsync(CannedResponses.InstanceName);

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

    [Benchmark(Baseline = true), BenchmarkCategory("error-404")]
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

    private void Setup(int listSize)
    {
        var handler = new CannedHandler(listSize);
        _sdk = new SdkHost(BaseAddress, Token, () => handler, ListenToTelemetry);
        _http = HandWrittenClient.CreateHttpClient(handler, BaseAddress);
        _handWritten = new HandWrittenClient(_http, Token);
    }
}

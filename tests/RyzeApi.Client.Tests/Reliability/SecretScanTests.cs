using RyzeApi.Client.Testing;
using Xunit.Abstractions;

using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Reliability;

/// <summary>
/// Every public operation, with sentinel secrets in every secret field and the fake's QR and pairing codes, on the
/// happy path and under injected faults; then Trace logs, activities, metric tags, exception messages and
/// <c>ToString()</c> of every object the caller can hold are searched for each secret.
/// </summary>
public sealed class SecretScanTests(ITestOutputHelper output) : IDisposable
{
    private const string AccountToken = "SENTINEL-ACCOUNT-5f1e";
    private const string InstanceToken = "SENTINEL-INSTANCE-8c2d";
    private const string ProxyPassword = "SENTINEL-PROXYPW-41ab";
    private const string S3SecretKey = "SENTINEL-S3SECRET-9e0f";
    private const string ChatwootToken = "SENTINEL-CHATWOOT-77c3";
    private const string WebhookAuthorization = "SENTINEL-WEBHOOKAUTH-1d4e";
    private readonly TelemetryCapture _capture = new();
    private readonly List<string> _secrets = [AccountToken, InstanceToken, ProxyPassword, S3SecretKey, ChatwootToken, WebhookAuthorization];
    private readonly List<object?> _objects = [];
    private readonly List<Exception> _exceptions = [];

    public static CreateInstanceRequest Request(string name, string token) => new()
    {
        Name = name,
        Token = token,
        Proxy = new ProxyConfig { Host = "proxy.local", Port = 3128, Username = "user", Password = ProxyPassword },
        Webhook = new WebhookConfig { Url = new Uri("https://hooks.local/in"), Authorization = WebhookAuthorization },
        Chatwoot = new ChatwootConfig { BaseUrl = new Uri("https://chatwoot.local"), AccountId = 1, ApiToken = ChatwootToken, InboxName = "inbox" },
        S3 = new S3Config { Region = "us-east-1", Bucket = "media", AccessKey = "AKIA", SecretKey = S3SecretKey },
    };

    [Fact]
    public async Task No_secret_reaches_logs_telemetry_exceptions_or_ToString()
    {
        await using var fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { AccountToken = AccountToken, RateLimitEnabled = false });
        var options = new RyzeClientOptions
        {
            BaseAddress = fake.BaseAddress,
            AccountToken = AccountToken,
            AttemptTimeout = TimeSpan.FromSeconds(2), // roomy for a loaded CI machine; only the injected faults run into it
            TotalTimeout = TimeSpan.FromSeconds(4),
            ConnectTimeout = TimeSpan.FromSeconds(4),
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            MaxRetries = 1,
        };
        var client = new RyzeClient(options, _capture.Loggers);
        var mine = client.ForInstance("secret-a", InstanceToken);
        _objects.AddRange([options, client, mine, client.Instances, Request("secret-a", InstanceToken)]);

        await RunEveryOperationAsync(fake, client, mine.Instances);
        await RunUnderFaultsAsync(fake, client, mine.Instances);

        var found = Scan();
        output.WriteLine($"secret scan: {_secrets.Count} sentinels; {_capture.LogRecords} log records, {_capture.Activities} activities, "
            + $"{_capture.Measurements} measurements, {_exceptions.Count} exceptions, {_objects.Count} objects; occurrences found: {found.Count}");
        found.Should().BeEmpty();
        _exceptions.Should().NotBeEmpty();
        _capture.LogRecords.Should().BePositive();
    }

    private async Task RunEveryOperationAsync(FakeRyzeServer fake, RyzeClient client, InstancesClient mine)
    {
        var request = Request("secret-a", InstanceToken);
        await Keep(() => client.Instances.CreateAsync(request));
        await Keep(() => client.Instances.EnsureAsync(request));
        await Keep(() => client.Instances.EnsureAsync(Request("secret-b", InstanceToken + "-b")));
        await Keep(() => client.Instances.ListAsync());
        await Keep(() => client.Instances.ListAsync(["secret-a", "secret-b"]));
        await Keep(() => client.Instances.GetAsync("secret-a"));
        var qr = await Keep(() => mine.ConnectAsync("secret-a"));
        var pairing = await Keep(() => mine.ConnectAsync("secret-a", new ConnectOptions { PhoneNumber = "5511988887777" }));
        _secrets.AddRange(new[] { qr?.QrCode, qr?.QrCodeDataUrl, pairing?.PairingCode, pairing?.FormattedPairingCode }.OfType<string>());
        _secrets.Count.Should().BeGreaterThanOrEqualTo(9, "the fake's QR and pairing codes are sentinels too");
        await Keep(() => Done(mine.ReconnectAsync("secret-a")));
        await Keep(() => mine.GetSettingsAsync("secret-a"));
        await Keep(() => mine.UpdateSettingsAsync("secret-a", new InstanceSettingsPatch { AutoRejectCalls = true, CallRejectMessage = "busy" }));
        await Keep(() => mine.GetProxyAsync("secret-a"));
        await Keep(() => mine.UpdateProxyAsync("secret-a", request.Proxy!));
        await Keep(() => mine.GetS3Async("secret-a"));
        await Keep(() => mine.UpdateS3Async("secret-a", request.S3!));
        await Keep(() => mine.GetMetricsAsync("secret-a"));
        await Keep(() => mine.GetMetricsAsync(["secret-a", "secret-b"]));
        var events = client.ForInstance("secret-a", InstanceToken).Events;
        await Keep(() => events.EnsureWebhookAsync("secret-a", request.Webhook! with { Label = "crm" }));
        await Keep(() => events.GetWebhooksAsync("secret-a"));
        await Keep(() => events.ConfigureWebSocketAsync("secret-a", new WebSocketConfig()));
        await Keep(async () => (await events.GetWebSocketAsync("secret-a"))!);
        await Keep(() => FirstEventAsync(fake, events));
        _objects.OfType<InstanceStateEvent>().Should().ContainSingle("the scan must hold an event, whose envelope carries the instance token");
        await Keep(() => client.Instances.CreateAsync(request)); // 409: the name and token are taken
        await Keep(() => mine.GetSettingsAsync("secret-b")); // 403: the instance token of another instance
        await Keep(() => client.ForInstance("secret-a", "SENTINEL-WRONG-TOKEN-00aa").Instances.GetProxyAsync("secret-a")); // 401/403
        _secrets.Add("SENTINEL-WRONG-TOKEN-00aa");
        await Keep(() => Done(mine.LogoutAsync("secret-a")));
        await Keep(() => Done(client.Instances.DeleteAsync("secret-b")));
    }

    /// <summary>Opens the stream and reads the <c>instance.state</c> event of a pairing: its envelope carries the instance token.</summary>
    private static async Task<RyzeEvent> FirstEventAsync(FakeRyzeServer fake, EventsClient events)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var stream = events.StreamAsync("secret-a", cancellationToken: stop.Token).GetAsyncEnumerator(stop.Token);
        var first = stream.MoveNextAsync();
        await fake.WaitForWebSocketsAsync("secret-a", cancellationToken: stop.Token);
        fake.SimulatePairing("secret-a");
        (await first).Should().BeTrue("the pairing's state event should arrive");
        return stream.Current;
    }

    private async Task RunUnderFaultsAsync(FakeRyzeServer fake, RyzeClient client, InstancesClient mine)
    {
        fake.FailNext("POST /api/instance/new", FakeFault.Status(500));
        await Keep(() => client.Instances.CreateAsync(Request("secret-c", InstanceToken + "-c")));
        fake.FailNext("POST /api/instance/new", FakeFault.ConnectionReset());
        await Keep(() => client.Instances.CreateAsync(Request("secret-d", InstanceToken + "-d")));
        fake.FailNext("POST /api/instance/new", FakeFault.BodyCut());
        await Keep(() => client.Instances.CreateAsync(Request("secret-e", InstanceToken + "-e")));
        fake.FailNext("GET /api/instance/getSettings/{instance}", FakeFault.Status(429));
        fake.FailNext("GET /api/instance/getSettings/{instance}", FakeFault.Status(429));
        await Keep(() => mine.GetSettingsAsync("secret-a"));
        fake.FailNext("GET /api/instance/getProxy/{instance}", FakeFault.Delayed(TimeSpan.FromSeconds(30)));
        fake.FailNext("GET /api/instance/getProxy/{instance}", FakeFault.Delayed(TimeSpan.FromSeconds(30)));
        await Keep(() => mine.GetProxyAsync("secret-a"));
        fake.FailNext("POST /api/instance/s3/{instance}", FakeFault.Status(503));
        await Keep(() => mine.UpdateS3Async("secret-a", Request("x", "y").S3!));
        fake.FailNext("GET /api/instance/connect/{instance}", FakeFault.SlowBody(TimeSpan.FromSeconds(30)));
        await Keep(() => mine.ConnectAsync("secret-a"));
    }

    private async Task<T?> Keep<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            var result = await call();
            _objects.Add(result);
            return result;
        }
        catch (Exception ex)
        {
            _exceptions.Add(ex);
            return null;
        }
    }

    private static async Task<string> Done(Task call)
    {
        await call;
        return "done";
    }

    private List<string> Scan()
    {
        var texts = _capture.Texts()
            .Concat(_objects.Select(o => o?.ToString() ?? string.Empty))
            .Concat(_objects.OfType<System.Collections.IEnumerable>().SelectMany(e => e.Cast<object?>()).Select(o => o?.ToString() ?? string.Empty))
            .Concat(_exceptions.SelectMany(Describe))
            .ToList();
        return [.. from text in texts from secret in _secrets where text.Contains(secret, StringComparison.Ordinal) select $"{secret} in: {text}"];
    }

    private static IEnumerable<string> Describe(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            yield return ex.ToString();
            yield return ex.Message;
            if (ex is RyzeApiException api)
            {
                yield return api.Details.ToString();
                yield return api.Details.RateLimit?.ToString() ?? string.Empty;
            }

            foreach (System.Collections.DictionaryEntry entry in ex.Data)
            {
                yield return $"{entry.Key}={entry.Value}";
            }
        }
    }

    public void Dispose() => _capture.Dispose();
}

using RyzeApi.Client.Testing;

namespace RyzeApi.Client.Tests.Fleet;

/// <summary>The fake RyzeAPI and a client on it, for fleet tests; secrets come from a fixed environment.</summary>
public sealed class FleetServer : IAsyncDisposable
{
    public static readonly Dictionary<string, string> Secrets = new(StringComparer.Ordinal)
    {
        ["PROXY_PASSWORD"] = "proxy-pass-sentinel",
        ["S3_SECRET"] = "s3-secret-sentinel",
        ["CHATWOOT_TOKEN"] = "chatwoot-token-sentinel",
        ["HOOK_AUTH"] = "hook-auth-sentinel",
    };

    private FleetServer(FakeRyzeServer fake, RyzeClient client)
    {
        Fake = fake;
        Client = client;
    }

    public FakeRyzeServer Fake { get; }

    public RyzeClient Client { get; }

    /// <summary>Requests that change something: anything but a GET.</summary>
    public IReadOnlyList<FakeRequest> Writes => Fake.Requests.Where(r => r.Method != "GET").ToList();

    public static async Task<FleetServer> StartAsync(FakeRyzeServerOptions? options = null)
    {
        var fake = await FakeRyzeServer.StartAsync(options ?? new FakeRyzeServerOptions { RateLimitEnabled = false });
        return new FleetServer(fake, new RyzeClient(new RyzeClientOptions { BaseAddress = fake.BaseAddress, AccountToken = fake.AccountToken, RetryBaseDelay = TimeSpan.FromMilliseconds(1) }));
    }

    public static FleetSpec Spec(string json) => FleetSpec.Parse(json, name => Secrets.GetValueOrDefault(name));

    /// <summary>Creates instances as they would be before a fleet run, then forgets those requests.</summary>
    public async Task SeedAsync(params CreateInstanceRequest[] requests)
    {
        foreach (var request in requests)
        {
            await Client.Instances.CreateAsync(request);
        }

        Fake.ClearRequests();
    }

    public ValueTask DisposeAsync() => Fake.DisposeAsync();
}

// Native AOT smoke test: create -> list -> delete through the SDK, compiled ahead of time.
// Needs RYZEAPI_BASE_URL and RYZEAPI_TOKEN (e.g. the standalone fake: dotnet run --project samples/FakeServer -- --port 5080).
using RyzeApi.Client;

var baseUrl = Environment.GetEnvironmentVariable("RYZEAPI_BASE_URL");
var token = Environment.GetEnvironmentVariable("RYZEAPI_TOKEN");
if (string.IsNullOrEmpty(baseUrl) || string.IsNullOrEmpty(token))
{
    Console.Error.WriteLine("error: set RYZEAPI_BASE_URL and RYZEAPI_TOKEN");
    return 2;
}

var name = Environment.GetEnvironmentVariable("RYZEAPI_INSTANCE") is { Length: > 0 } given ? given : $"aot-{Guid.NewGuid().ToString("N")[..6]}";
var client = new RyzeClient(new RyzeClientOptions { BaseAddress = new Uri(baseUrl), AccountToken = token });
try
{
    var created = await client.Instances.CreateAsync(new CreateInstanceRequest
    {
        Name = name,
        Settings = new InstanceSettings { AutoRejectCalls = true },
        Proxy = new ProxyConfig { Protocol = ProxyProtocol.Socks5, Host = "proxy.example.com", Port = 1080 },
    });
    var listed = await client.Instances.ListAsync([name]);
    await client.Instances.DeleteAsync(name);
    var ok = created.State == InstanceState.Disconnected && listed.Count == 1 && listed[0].Proxy?.Protocol == ProxyProtocol.Socks5;
    Console.WriteLine($"aot smoke: created {created.Name} ({created.State}), listed {listed.Count}, deleted: {(ok ? "ok" : "unexpected answers")}");
    return ok ? 0 : 1;
}
catch (RyzeApiException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}

// RyzeApi.Client fleet sample: plan and apply a desired state (ryze.fleet.json) to the fake RyzeAPI, twice.
// The first plan creates, updates and prunes; the second finds nothing to do and its apply sends no request.
// Usage: dotnet run --project samples/Fleet [-- path/to/ryze.fleet.json]
using RyzeApi.Client;
using RyzeApi.Client.Testing;

// 1. Secrets come from the environment ("${NAME}" in the spec); demo values stand in when they are not set.
foreach (var (name, demo) in new[] { ("SHOP_A_PROXY_PASSWORD", "demo-proxy-password"), ("S3_SECRET", "demo-s3-secret") })
{
    Environment.SetEnvironmentVariable(name, Environment.GetEnvironmentVariable(name) ?? demo);
}

var spec = FleetSpec.Load(args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "ryze.fleet.json"));

// 2. The fake RyzeAPI in-process, holding an account as it might look before: shop-b with other settings, one stray instance.
await using var fake = await FakeRyzeServer.StartAsync();
var client = new RyzeClient(new RyzeClientOptions { BaseAddress = fake.BaseAddress, AccountToken = fake.AccountToken });
await client.Instances.CreateAsync(new CreateInstanceRequest { Name = "shop-b" });
await client.Instances.CreateAsync(new CreateInstanceRequest { Name = "old-shop" });

// 3. Plan, review, apply; then the same again.
for (var run = 1; run <= 2; run++)
{
    fake.ClearRequests();
    var plan = await client.Fleet.PlanAsync(spec);
    Console.WriteLine($"--- run {run} ---");
    Console.Write(plan);
    var reads = fake.Requests.Count;

    var result = await client.Fleet.ApplyAsync(plan, new ConsoleProgress());
    Console.WriteLine($"applied: {(result.Succeeded ? "all succeeded" : "some failed")}; plan read with {reads} request(s), apply sent {fake.Requests.Count - reads}");
    Console.WriteLine();
}

return 0;

/// <summary>Prints each instance as it is done (on the apply's own thread, so the lines come before the summary).</summary>
internal sealed class ConsoleProgress : IProgress<FleetProgress>
{
    public void Report(FleetProgress value)
    {
        var error = value.Instance.Error is { } e ? $" ({e.Message})" : "";
        Console.WriteLine($"  [{value.Completed}/{value.Total}] {value.Instance.Name}: {value.Instance.Action} {value.Instance.Outcome}{error}");
    }
}

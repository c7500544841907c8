// A partner's back end in miniature: a Generic Host that streams its instances' events and logs them.
// Configuration comes from appsettings.json + environment (RyzeApi__AccountToken, RyzeApi__BaseAddress).
// With no account token it starts the fake RyzeAPI and provisions the watched instances there.
// Usage: dotnet run --project samples/Worker -- [--duration 10]
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RyzeApi.Client.Testing;
using Worker;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

// 1. Without a real account token, point the SDK at an in-process fake RyzeAPI.
FakeRyzeServer? fake = null;
if (string.IsNullOrEmpty(builder.Configuration["RyzeApi:AccountToken"]))
{
    fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { AutoPairAfter = TimeSpan.FromSeconds(4) });
    builder.Configuration["RyzeApi:BaseAddress"] = fake.BaseAddress.ToString();
    builder.Configuration["RyzeApi:AccountToken"] = fake.AccountToken;
    builder.Configuration["Watcher:ProvisionMissing"] = "true";
}

// 2. Register the SDK from configuration and the watcher.
builder.Services.AddRyzeApiClient(builder.Configuration.GetSection("RyzeApi"));
builder.Services.Configure<WatcherOptions>(builder.Configuration.GetSection("Watcher"));
builder.Services.AddHostedService<InstanceWatcher>();

// 3. Run for --duration seconds (default 10), then stop cleanly.
using var host = builder.Build();
var duration = TimeSpan.FromSeconds(builder.Configuration.GetValue("duration", 10));
using var stop = new CancellationTokenSource(duration);
await host.RunAsync(stop.Token);
if (fake is not null)
{
    await fake.DisposeAsync();
}

// RyzeApi.Client.AspNetCore sample: a minimal API receiving RyzeAPI webhooks into typed handlers.
// With RYZEAPI_TOKEN unset it is a self-contained demo that exits: it starts the fake RyzeAPI, points an instance's
// webhook at itself, simulates pairing and an incoming message, and prints what its handlers received.
// With RYZEAPI_TOKEN set it serves POST /ryze (and /ryze/{event}) until stopped; RYZEAPI_WEBHOOK_AUTHORIZATION is the
// authorization value your webhooks send (ASPNETCORE_URLS sets where it listens).
using System.Security.Cryptography;
using RyzeApi.Client;
using RyzeApi.Client.AspNetCore;
using RyzeApi.Client.Testing;
using WebhookReceiver;

var demo = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("RYZEAPI_TOKEN"));
var authorization = demo ? $"Bearer {Convert.ToHexString(RandomNumberGenerator.GetBytes(16))}" : Environment.GetEnvironmentVariable("RYZEAPI_WEBHOOK_AUTHORIZATION");

var builder = WebApplication.CreateSlimBuilder(args);
if (demo)
{
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
}

// Start-up fails here when no authorization value is configured.
builder.Services.AddRyzeApiWebhooks(o => o.AcceptedAuthorizations.UnionWith(authorization is null ? [] : [authorization]));
builder.Services.AddSingleton<Inbox>();
builder.Services.AddRyzeEventHandler<InstanceStateEvent, StateHandler>();
builder.Services.AddRyzeEventHandler<MessageExchangeEvent, MessageHandler>();
var app = builder.Build();
app.MapRyzeApiWebhooks("/ryze");

if (!demo)
{
    await app.RunAsync();
    return 0;
}

await app.StartAsync();
var url = new Uri($"{app.Urls.First()}/ryze");
await using var fake = await FakeRyzeServer.StartAsync();
var client = new RyzeClient(new RyzeClientOptions { BaseAddress = fake.BaseAddress, AccountToken = fake.AccountToken });
await client.Instances.CreateAsync(new CreateInstanceRequest
{
    Name = "demo",
    Webhook = new WebhookConfig { Url = url, Authorization = authorization, ByEvents = true, Events = [RyzeEvents.InstanceState, RyzeEvents.MessageExchange] },
});
Console.WriteLine($"receiver    listening on {url}; the fake RyzeAPI's instance 'demo' delivers its webhook there");

await client.Instances.ConnectAsync("demo");
fake.SimulatePairing("demo");
await fake.EmitAsync("demo", RyzeEventFactory.MessageReceived("demo", "Hi! Is this the sales line?", from: "5511988887777"));
await fake.EmitAsync("demo", RyzeEventFactory.MessageReceived("demo", "Hi! Is this the sales line?", from: "5511988887777", messageId: "DUP-1"));
await fake.EmitAsync("demo", RyzeEventFactory.MessageReceived("demo", "Hi! Is this the sales line?", from: "5511988887777", messageId: "DUP-1"));

var inbox = app.Services.GetRequiredService<Inbox>();
var done = await inbox.WaitAsync(TimeSpan.FromSeconds(30));
var deliveries = fake.WebhookDeliveries;
Console.WriteLine($"fake        {deliveries.Count} deliveries, answered {string.Join(", ", deliveries.GroupBy(d => d.StatusCode).Select(g => $"{g.Count()} × {g.Key}"))}");
Console.WriteLine(done ? "done        the handlers saw the pairing and the messages (the redelivered one once)" : "timed out   waiting for the handlers");
await app.StopAsync();
return done ? 0 : 1;

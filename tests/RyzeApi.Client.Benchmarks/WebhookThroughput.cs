using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RyzeApi.Client.AspNetCore;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// Webhook deliveries per second and bytes allocated per delivery: 8 concurrent senders POST distinct message events to
/// the receiver on Kestrel (127.0.0.1) in this process, then the same bodies to a bare endpoint that only reads the body
/// and answers 200. Senders share the process, so the difference between the two is the receiver's own cost.
/// </summary>
public static class WebhookThroughput
{
    private const int Senders = 8;
    private const string Secret = "Bearer benchmark-secret";

    public static async Task<int> RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--deliveries");
        var deliveries = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 40_000;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddRyzeApiWebhooks(o => o.AcceptedAuthorizations.Add(Secret)).AddRyzeEventHandler<MessageExchangeEvent, CountingHandler>();
        await using var app = builder.Build();
        app.MapRyzeApiWebhooks("/ryze");
        app.MapPost("/bare", (RequestDelegate)(http => http.Request.BodyReader.CopyToAsync(Stream.Null)));
        await app.StartAsync();

        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var bodies = Enumerable.Range(0, 2 * (deliveries + 2_000))
            .Select(i => Encoding.UTF8.GetBytes(RyzeEventFactory.MessageReceived("bench", "a message of ordinary length", messageId: $"M{i}").RawJson))
            .ToArray();
        var next = -1;
        int Take() => Interlocked.Increment(ref next) % bodies.Length; // each body once: no delivery is a duplicate
        await RunAsync(client, "/ryze", bodies, Take, 2_000); // warm-up
        await RunAsync(client, "/bare", bodies, Take, 2_000);
        var receiver = await RunAsync(client, "/ryze", bodies, Take, deliveries);
        var bare = await RunAsync(client, "/bare", bodies, Take, deliveries);

        Console.WriteLine(FormattableString.Invariant($"receiver  {receiver.PerSecond,8:0} deliveries/s  {receiver.BytesPerCall,7:0} B allocated per delivery (senders included)"));
        Console.WriteLine(FormattableString.Invariant($"bare      {bare.PerSecond,8:0} deliveries/s  {bare.BytesPerCall,7:0} B allocated per delivery (senders included)"));
        Console.WriteLine(FormattableString.Invariant($"receiver's own cost: {receiver.BytesPerCall - bare.BytesPerCall:0} B per delivery; {deliveries} deliveries, {Senders} senders, {Environment.ProcessorCount} cores"));
        return 0;
    }

    private static async Task<(double PerSecond, double BytesPerCall)> RunAsync(HttpClient client, string path, byte[][] bodies, Func<int> take, int count)
    {
        var remaining = count;
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bodies[take()]) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.TryAddWithoutValidation("Authorization", Secret);
                using var response = await client.SendAsync(request);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
                }
            }
        })));
        clock.Stop();
        return (count / clock.Elapsed.TotalSeconds, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)count);
    }

    private sealed class CountingHandler : IRyzeEventHandler<MessageExchangeEvent>
    {
        public Task HandleAsync(MessageExchangeEvent ryzeEvent, RyzeEventContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}

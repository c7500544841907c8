using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RyzeApi.Client.Tests.Infrastructure;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace RyzeApi.Client.Tests.Http;

/// <summary>Bulk creation against a server enforcing RyzeAPI's 20 creates per minute, on fake time.</summary>
public sealed class RateLimitBulkTests : IDisposable
{
    private readonly RyzeTestServer _server = new();
    private readonly FakeTimeProvider _time = FakeClock.Create();
    private readonly CreateLimiter _limiter;

    public RateLimitBulkTests()
    {
        _limiter = new CreateLimiter(_time, perMinute: 20);
        _server.Server.Given(Request.Create().WithPath("/api/instance/new").UsingPost()).RespondWith(Response.Create().WithCallback(_limiter.Answer));
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Fifty_creates_against_20_per_minute_all_succeed_without_a_single_429_or_duplicate()
    {
        var created = await _time.DriveAsync(CreateFiftyAsync(Client()), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));

        created.Should().HaveCount(50);
        _limiter.Rejected.Should().Be(0, "the throttle waits for the reset instead of firing into a 429");
        _limiter.Created.Should().HaveCount(50).And.OnlyHaveUniqueItems();
        _server.Requests.Should().HaveCount(50, "no call was sent twice");
        _time.GetUtcNow().Should().BeOnOrAfter(FakeClock.Create().GetUtcNow().AddMinutes(2), "50 creates need three windows");
    }

    [Fact]
    public async Task Without_the_throttle_429s_are_waited_out_and_no_instance_is_created_twice()
    {
        var created = await _time.DriveAsync(CreateFiftyAsync(Client(o => o.ThrottleWhenRateLimited = false)), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));

        created.Should().HaveCount(50);
        _limiter.Rejected.Should().BeGreaterThan(0);
        _limiter.Created.Should().HaveCount(50).And.OnlyHaveUniqueItems();
    }

    private RyzeClient Client(Action<RyzeClientOptions>? configure = null) => ServerDateHandler.CreateClient(_server, _time, o =>
    {
        // Fake time jumps while real requests are in flight: keep the timeouts out of the way of the rate-limit waits.
        o.AttemptTimeout = TimeSpan.FromMinutes(30);
        o.TotalTimeout = TimeSpan.FromHours(1);
        configure?.Invoke(o);
    });

    private static async Task<List<Instance>> CreateFiftyAsync(RyzeClient client)
    {
        var created = new List<Instance>();
        for (var i = 0; i < 50; i++)
        {
            created.Add(await client.Instances.CreateAsync(new CreateInstanceRequest { Name = $"bulk-{i:00}" }));
        }

        return created;
    }

    /// <summary>A fixed one-minute window per fake-clock minute, answering like RyzeAPI (SPEC §1.3).</summary>
    private sealed class CreateLimiter(FakeTimeProvider time, int perMinute)
    {
        private readonly ConcurrentDictionary<long, int> _perWindow = new();
        private int _rejected;

        public ConcurrentQueue<string> Created { get; } = new();

        public int Rejected => _rejected;

        public ResponseMessage Answer(IRequestMessage request)
        {
            var window = time.GetUtcNow().ToUnixTimeSeconds() / 60;
            var used = _perWindow.AddOrUpdate(window, 1, (_, n) => n + 1);
            var reset = ((window + 1) * 60).ToString(CultureInfo.InvariantCulture);
            if (used > perMinute)
            {
                Interlocked.Increment(ref _rejected);
                return Message(429, """{"success":false,"error":{"message":"Rate limit exceeded. Try again later."}}""", remaining: 0, reset);
            }

            var name = JsonNode.Parse(request.Body!)!["name"]!.GetValue<string>();
            Created.Enqueue(name);
            return Message(201, $$$"""{"success":true,"instance":{"name":"{{{name}}}","token":"t-{{{name}}}","status":"disconnected"}}""", perMinute - used, reset);
        }

        private ResponseMessage Message(int status, string body, int remaining, string reset)
        {
            var message = new ResponseMessage
            {
                StatusCode = status,
                BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String },
            };
            message.AddHeader("Content-Type", "application/json");
            message.AddHeader("X-RateLimit-Limit", perMinute.ToString(CultureInfo.InvariantCulture));
            message.AddHeader("X-RateLimit-Remaining", remaining.ToString(CultureInfo.InvariantCulture));
            message.AddHeader("X-RateLimit-Reset", reset);
            return message;
        }
    }
}

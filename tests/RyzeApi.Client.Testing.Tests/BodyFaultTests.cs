using System.Diagnostics;
using System.Net;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class BodyFaultTests
{
    [Fact]
    public async Task BodyCut_handles_the_request_then_drops_the_connection_half_way_through_the_body()
    {
        await using var h = await Harness.StartAsync();
        h.Server.FailNext("POST /api/instance/new", FakeFault.BodyCut());

        var act = () => h.PostAsync("/api/instance/new", h.Account, """{"name":"sales"}""");

        await act.Should().ThrowAsync<HttpRequestException>();
        h.Server.Instances.Should().ContainSingle(i => i.Name == "sales", "the request was handled before the body was cut");
        h.Server.CountRequests("POST /api/instance/new").Should().Be(1);
    }

    [Fact]
    public async Task SlowBody_stalls_half_way_then_delivers_the_whole_answer()
    {
        await using var h = await Harness.StartAsync(o => o.TimeProvider = TimeProvider.System);
        h.Server.FailNext("GET /api/instance/list", FakeFault.SlowBody(TimeSpan.FromMilliseconds(300)));

        var watch = Stopwatch.StartNew();
        var r = await h.GetAsync("/api/instance/list", h.Account);

        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250));
        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json["success"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task ClearRequests_forgets_the_log_but_keeps_the_instances()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("kept");

        h.Server.ClearRequests();

        h.Server.Requests.Should().BeEmpty();
        h.Server.Instances.Should().ContainSingle(i => i.Name == "kept");
    }

    [Fact]
    public void Body_faults_describe_themselves()
    {
        FakeFault.BodyCut().ToString().Should().Be("BodyCut");
        FakeFault.SlowBody(TimeSpan.FromSeconds(2)).ToString().Should().Be("SlowBody 00:00:02");
        FluentActions.Invoking(() => FakeFault.SlowBody(TimeSpan.FromSeconds(-1))).Should().Throw<ArgumentOutOfRangeException>();
    }
}

using System.Net;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Parallel_creates_of_the_same_name_yield_exactly_one_instance()
    {
        await using var h = await Harness.StartAsync(o => o.RateLimitEnabled = false);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => h.PostAsync("/api/instance/new", h.Account, """{"name":"race"}""")));

        results.Count(r => r.Status == HttpStatusCode.Created).Should().Be(1);
        results.Count(r => r.Status == HttpStatusCode.Conflict).Should().Be(19);
        h.Server.Instances.Should().ContainSingle();
    }

    [Fact]
    public async Task Parallel_creates_of_distinct_names_all_succeed()
    {
        await using var h = await Harness.StartAsync(o => o.RateLimitEnabled = false);

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => h.PostAsync("/api/instance/new", h.Account, $$"""{"name":"n{{i}}"}""")));

        results.Should().OnlyContain(r => r.Status == HttpStatusCode.Created);
        h.Server.Instances.Select(i => i.Name).Should().OnlyHaveUniqueItems().And.HaveCount(30);
        h.Server.CountRequests("POST /api/instance/new").Should().Be(30);
    }

    [Fact]
    public async Task The_rate_limit_holds_under_parallel_load()
    {
        await using var h = await Harness.StartAsync(o => o.RateLimitPerMinute = 10);

        var results = await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => h.GetAsync("/api/instance/list", h.Account)));

        results.Count(r => r.Status == HttpStatusCode.OK).Should().Be(10);
        results.Count(r => r.Status == HttpStatusCode.TooManyRequests).Should().Be(15);
    }
}

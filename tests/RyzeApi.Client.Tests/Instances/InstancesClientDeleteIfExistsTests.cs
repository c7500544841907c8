using RyzeApi.Client.Testing;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Instances;

/// <summary>DeleteIfExistsAsync against the fake RyzeAPI: one request either way, "not found" is an answer, other failures throw.</summary>
public sealed class InstancesClientDeleteIfExistsTests
{
    [Fact]
    public async Task It_deletes_an_existing_instance_and_answers_false_the_second_time_with_one_request_each()
    {
        await using var fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { RateLimitEnabled = false });
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = fake.BaseAddress, AccountToken = fake.AccountToken });
        await client.Instances.CreateAsync(new CreateInstanceRequest { Name = "sales" });

        var first = await client.Instances.DeleteIfExistsAsync("sales");
        var second = await client.Instances.DeleteIfExistsAsync("sales");

        (first, second).Should().Be((true, false));
        fake.Instances.Should().BeEmpty();
        fake.CountRequests("DELETE /api/instance/delete/sales").Should().Be(2);
    }

    [Fact]
    public async Task A_refused_delete_still_throws()
    {
        await using var fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { RateLimitEnabled = false });
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = fake.BaseAddress, AccountToken = fake.AccountToken });
        fake.FailNext("DELETE /api/instance/delete/sales", FakeFault.Status(401, "Invalid token"));

        var act = () => client.Instances.DeleteIfExistsAsync("sales");

        (await act.Should().ThrowAsync<RyzeAuthenticationException>()).Which.ErrorMessage.Should().Be("Invalid token");
    }

    [Fact]
    public async Task The_expected_not_found_is_recorded_as_an_answer_not_an_error()
    {
        using var telemetry = new TelemetryCapture();
        await using var fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { RateLimitEnabled = false });
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = fake.BaseAddress, AccountToken = fake.AccountToken });

        (await client.Instances.DeleteIfExistsAsync("ghost-delete")).Should().BeFalse();

        var span = telemetry.StoppedActivities.Where(a => Equals(a.GetTagItem("ryzeapi.instance"), "ghost-delete")).Should().ContainSingle().Subject;
        span.Status.Should().Be(System.Diagnostics.ActivityStatusCode.Unset);
        span.GetTagItem("http.response.status_code").Should().Be(404);
    }
}

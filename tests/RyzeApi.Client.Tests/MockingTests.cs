namespace RyzeApi.Client.Tests;

/// <summary>A partner's unit test replaces the SDK with a subclass that overrides only the calls it needs.</summary>
public sealed class MockingTests
{
    [Fact]
    public async Task A_subclass_overriding_one_call_answers_it_without_any_server()
    {
        RyzeClient client = new FakeRyzeClient();

        var instance = await client.Instances.GetAsync("sales");

        (instance.Name, instance.State).Should().Be(("sales", InstanceState.Connected));
    }

    [Fact]
    public async Task Calls_that_were_not_overridden_throw_a_clear_InvalidOperationException()
    {
        RyzeClient client = new FakeRyzeClient();

        var list = () => client.Instances.ListAsync();
        var webhooks = () => client.Events.GetWebhooksAsync("sales");
        var plan = () => client.Fleet.PlanAsync(FleetSpec.Parse("""{"instances":{}}"""));
        var forInstance = () => client.ForInstance("sales", "instance-token");

        (await list.Should().ThrowExactlyAsync<InvalidOperationException>()).WithMessage("This FakeInstancesClient was made with its protected constructor, for mocking: override the member the test calls.");
        (await webhooks.Should().ThrowExactlyAsync<InvalidOperationException>()).WithMessage("This EventsClient was made with its protected constructor*");
        (await plan.Should().ThrowExactlyAsync<InvalidOperationException>()).WithMessage("This FleetClient was made with its protected constructor*");
        forInstance.Should().ThrowExactly<InvalidOperationException>().WithMessage("This FakeRyzeClient was made with its protected constructor*");
    }

    [Fact]
    public void The_rate_limit_of_a_mock_is_empty()
    {
        new FakeRyzeClient().RateLimit.Should().Be(new RateLimitSnapshot());
    }

    private sealed class FakeRyzeClient : RyzeClient
    {
        public override InstancesClient Instances { get; } = new FakeInstancesClient();
    }

    private sealed class FakeInstancesClient : InstancesClient
    {
        public override Task<Instance> GetAsync(string name, CancellationToken cancellationToken = default) =>
            Task.FromResult(new Instance { Name = name, State = InstanceState.Connected });
    }
}

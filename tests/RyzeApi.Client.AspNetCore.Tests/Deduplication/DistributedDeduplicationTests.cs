using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RyzeApi.Client.AspNetCore.Tests.Infrastructure;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.AspNetCore.Tests.Deduplication;

/// <summary>Two app instances sharing one real Redis, as two replicas behind a load balancer would.</summary>
public sealed class DistributedDeduplicationTests
{
    private readonly string _prefix = $"test-{Guid.NewGuid():N}:";

    private Task<ReceiverHost> StartReplicaAsync() =>
        ReceiverHost.StartAsync(services => services
            .AddStackExchangeRedisCache(o => (o.Configuration, o.InstanceName) = (RedisServer.Configuration, _prefix))
            .AddRyzeApiWebhookDeduplication()
            .AddRyzeEventHandler<MessageExchangeEvent, FlakyHandler>());

    [RedisFact]
    public async Task A_redelivery_to_the_other_replica_is_not_handled_again()
    {
        await using var a = await StartReplicaAsync();
        await using var b = await StartReplicaAsync();
        var message = RyzeEventFactory.MessageReceived("sales", "hi", messageId: "M1");

        using var first = await a.PostAsync(message);
        using var second = await b.PostAsync(message);

        (first.StatusCode, second.StatusCode).Should().Be((HttpStatusCode.OK, HttpStatusCode.OK));
        (a.Received.Calls.Count, b.Received.Calls.Count).Should().Be((1, 0));
    }

    [RedisFact]
    public async Task After_one_replica_failed_the_other_handles_the_redelivery_as_one()
    {
        await using var a = await StartReplicaAsync();
        await using var b = await StartReplicaAsync();
        var message = RyzeEventFactory.MessageReceived("sales", "hi", messageId: "M1");
        a.Switches.Failing = true;

        using var failed = await a.PostAsync(message);
        using var redelivered = await b.PostAsync(message);
        using var again = await a.PostAsync(message);

        (failed.StatusCode, redelivered.StatusCode, again.StatusCode).Should().Be((HttpStatusCode.InternalServerError, HttpStatusCode.OK, HttpStatusCode.OK));
        a.Received.Calls.Should().BeEmpty();
        b.Received.Calls.Should().ContainSingle().Which.Context.IsRedelivery.Should().BeTrue();
    }

    [RedisFact]
    public async Task Concurrent_deliveries_to_one_replica_run_the_handler_once()
    {
        await using var a = await StartReplicaAsync();
        var message = RyzeEventFactory.MessageReceived("sales", "hi", messageId: "M1");

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => a.PostAsync(message))));

        answers.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        a.Received.Calls.Should().ContainSingle();
    }

    [RedisFact]
    public async Task Other_messages_are_handled_by_whichever_replica_receives_them()
    {
        await using var a = await StartReplicaAsync();
        await using var b = await StartReplicaAsync();

        await a.PostAsync(RyzeEventFactory.MessageReceived("sales", "1", messageId: "M1"));
        await b.PostAsync(RyzeEventFactory.MessageReceived("sales", "2", messageId: "M2"));

        (a.Received.Calls.Count, b.Received.Calls.Count).Should().Be((1, 1));
    }
}

using Microsoft.Extensions.DependencyInjection;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Errors;

/// <summary>A handler a partner adds to the SDK's client times out on its own: the caller gets a timed-out connection failure, not a bare cancellation.</summary>
public sealed class PartnerHandlerFailureTests
{
    public static TheoryData<string> Timeouts => ["a handler's own TaskCanceledException", "a Polly TimeoutRejectedException"];

    [Theory]
    [MemberData(nameof(Timeouts))]
    public async Task A_timeout_inside_a_partners_handler_that_the_caller_did_not_ask_for_is_a_timed_out_connection_exception(string timeout)
    {
        using var server = new RyzeTestServer();
        Exception thrown = timeout.Contains("Polly", StringComparison.Ordinal)
            ? new Polly.Timeout.TimeoutRejectedException("a partner's Polly timeout")
            : new TaskCanceledException("a handler's own timeout");
        var services = new ServiceCollection();
        services.AddRyzeApiClient(o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct"; })
            .AddHttpMessageHandler(() => new ThrowingHandler(thrown));
        await using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<RyzeClient>().Instances.GetSettingsAsync("sales");

        (await act.Should().ThrowAsync<RyzeConnectionException>()).Which.IsTimeout.Should().BeTrue();
    }

    private sealed class ThrowingHandler(Exception exception) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(exception);
    }
}

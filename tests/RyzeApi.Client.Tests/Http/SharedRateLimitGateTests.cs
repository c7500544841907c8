using System.Globalization;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Http;

/// <summary>RyzeAPI counts per token, not per client: clients built with <c>new</c> for one server share its window.</summary>
public sealed class SharedRateLimitGateTests
{
    [Fact]
    public async Task A_window_one_client_used_up_holds_back_a_new_client_of_the_same_server_and_token()
    {
        using var server = new RyzeTestServer();
        var reset = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        server.Respond("GET", "/api/instance/list", 200, """{"success":true,"instances":[]}""", ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset));
        var options = new RyzeClientOptions { BaseAddress = server.BaseAddress, AccountToken = RyzeTestServer.AccountToken };
        await new RyzeClient(options).Instances.ListAsync();

        var act = () => new RyzeClient(options).Instances.ListAsync();

        await act.Should().ThrowAsync<RyzeRateLimitException>("the window is five minutes from its reset, beyond MaxRateLimitWait");
        server.Requests.Should().HaveCount(1, "the second client did not send");
    }

    [Fact]
    public async Task Clients_of_another_server_are_not_held_back()
    {
        using var limited = new RyzeTestServer();
        using var other = new RyzeTestServer();
        var reset = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        limited.Respond("GET", "/api/instance/list", 200, """{"success":true,"instances":[]}""", ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset));
        other.Respond("GET", "/api/instance/list", 200, """{"success":true,"instances":[]}""");
        await new RyzeClient(new RyzeClientOptions { BaseAddress = limited.BaseAddress, AccountToken = RyzeTestServer.AccountToken }).Instances.ListAsync();

        await new RyzeClient(new RyzeClientOptions { BaseAddress = other.BaseAddress, AccountToken = RyzeTestServer.AccountToken }).Instances.ListAsync();

        other.Requests.Should().HaveCount(1);
    }
}

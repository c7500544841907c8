using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests;

public sealed class ForInstanceTests
{
    [Fact]
    public async Task ForInstance_sends_the_instance_token_on_its_paths_and_the_account_token_elsewhere()
    {
        using var server = new RyzeTestServer();
        server.Respond("DELETE", "/api/instance/logout/sales", 200, """{"success":true,"message":"Instance logged out","instance":{"status":"loggedout"}}""");
        server.Respond("DELETE", "/api/instance/logout/support", 200, """{"success":true,"message":"Instance logged out","instance":{"status":"loggedout"}}""");
        var sales = server.CreateClient().ForInstance("sales", "inst-sales-token");

        await sales.Instances.LogoutAsync("sales");
        await sales.Instances.LogoutAsync("support");

        server.Requests.Select(r => r.RequestMessage.Headers!["token"].Single())
            .Should().Equal("inst-sales-token", RyzeTestServer.AccountToken);
    }

    [Fact]
    public void ForInstance_rejects_a_blank_token_before_any_call()
    {
        using var server = new RyzeTestServer();

        var act = () => server.CreateClient().ForInstance("sales", " ");

        act.Should().Throw<ArgumentException>().WithParameterName("instanceToken");
    }
}

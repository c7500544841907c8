using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Http;

public sealed class RyzeHttpDefaultsTests
{
    [Fact]
    public async Task Every_request_carries_a_user_agent_naming_the_sdk_and_its_version()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, """{"success":true,"settings":{}}""");

        await server.Instances().GetSettingsAsync("sales");

        server.SingleRequest().RequestMessage.Headers!["User-Agent"].Single().Should().StartWith("RyzeApi.Client/0.1.0");
    }
}

using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Instances;

/// <summary>How each inline block of a create request is laid out on the wire when it is switched off or left partly unset.</summary>
public sealed class InstancesClientCreateBlockTests : IDisposable
{
    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Create_with_a_disabled_proxy_sends_only_proxyEnabled_false()
    {
        _server.Respond("POST", "/api/instance/new", 201, DocumentedAnswers.Create);

        await _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales", Proxy = ProxyConfig.Disabled });

        // As UpdateProxy does for a disabled block: no protocol with nothing to apply it to.
        _server.ShouldHaveSent("POST", "/api/instance/new", json: """{"name":"sales","proxyEnabled":false}""");
    }
}

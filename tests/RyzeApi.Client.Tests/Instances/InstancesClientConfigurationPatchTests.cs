using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Instances;

/// <summary>Settings patches of a single field, and what UpdateProxy returns when the answer carries no proxy.</summary>
public sealed class InstancesClientConfigurationPatchTests : IDisposable
{
    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task UpdateSettings_with_only_ignoreStatus_set_sends_it()
    {
        _server.Respond("POST", "/api/instance/settings/sales", 200, """{"success":true,"settings":{"ignoreStatus":true}}""");

        var settings = await _server.Instances().UpdateSettingsAsync("sales", new InstanceSettingsPatch { IgnoreStatus = true });

        _server.ShouldHaveSent("POST", "/api/instance/settings/sales", json: """{"ignoreStatus":true}""");
        settings.IgnoreStatus.Should().BeTrue();
    }

    [Fact]
    public async Task UpdateProxy_disabled_answered_without_a_proxy_returns_a_disabled_proxy()
    {
        _server.Respond("POST", "/api/instance/proxy/sales", 200, """{"success":true,"message":"Proxy updated"}""");
        _server.Respond("GET", "/api/instance/getProxy/sales", 200, """{"success":true,"proxy":{"enabled":false}}""");

        var stored = await _server.Instances().UpdateProxyAsync("sales", ProxyConfig.Disabled);

        stored.Enabled.Should().BeFalse();
    }
}

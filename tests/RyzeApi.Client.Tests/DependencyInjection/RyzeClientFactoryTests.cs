using Microsoft.Extensions.DependencyInjection;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.DependencyInjection;

public sealed class RyzeClientFactoryTests
{
    [Fact]
    public void Asking_for_an_unregistered_name_says_no_client_is_registered_under_it()
    {
        var services = new ServiceCollection();
        services.AddRyzeApiClient("tenant-a", o => o.AccountToken = "acct-a");
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IRyzeClientFactory>().CreateClient("tenant-b");

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("No RyzeAPI client is registered as 'tenant-b'*")
            .And.Message.Should().Contain("Registered names: 'tenant-a'").And.NotContain("AccountToken").And.NotContain("acct-a");
    }

    [Fact]
    public void Resolving_the_default_client_when_only_named_ones_are_registered_says_so()
    {
        var services = new ServiceCollection();
        services.AddRyzeApiClient("tenant-a", o => o.AccountToken = "acct-a");
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<RyzeClient>();

        act.Should().Throw<InvalidOperationException>().WithMessage("No RyzeAPI client is registered as ''*AddRyzeApiClient(configure)*");
    }

    [Fact]
    public async Task A_registered_name_still_gives_its_client_after_an_unregistered_one_was_asked_for()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, """{"success":true,"settings":{"autoRejectCalls":true}}""");
        var services = new ServiceCollection();
        services.AddRyzeApiClient("tenant-a", o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct-a"; });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IRyzeClientFactory>();

        var unregistered = () => factory.CreateClient("tenant-b");
        unregistered.Should().Throw<InvalidOperationException>();
        await factory.CreateClient("tenant-a").Instances.GetSettingsAsync("sales");

        server.SingleRequest().RequestMessage.Headers!["token"].Should().Equal("acct-a");
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests;

public sealed class RyzeClientOptionsTests
{
    private const string SettingsAnswer = """{"success":true,"message":"Settings retrieved successfully","settings":{"autoRejectCalls":true}}""";

    [Fact]
    public async Task Changing_the_options_after_the_client_is_created_changes_nothing_it_sends()
    {
        using var server = new RyzeTestServer();
        using var elsewhere = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, SettingsAnswer);
        var options = new RyzeClientOptions { BaseAddress = server.BaseAddress, AccountToken = "acct-original" };
        var client = new RyzeClient(options);

        options.BaseAddress = elsewhere.BaseAddress;
        options.AccountToken = null;
        options.AttemptTimeout = TimeSpan.FromSeconds(-5);
        options.TotalTimeout = TimeSpan.FromSeconds(-5);

        var settings = await client.Instances.GetSettingsAsync("sales");

        settings.AutoRejectCalls.Should().BeTrue();
        server.SingleRequest().RequestMessage.Headers!["token"].Should().Equal("acct-original");
        elsewhere.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(30_001)]
    public void A_retry_base_delay_of_zero_or_above_30_seconds_is_rejected_naming_the_setting(int milliseconds)
    {
        var options = new RyzeClientOptions { AccountToken = "acct", RetryBaseDelay = TimeSpan.FromMilliseconds(milliseconds) };

        var act = () => new RyzeClient(options);

        act.Should().Throw<ArgumentException>().WithParameterName("options")
            .WithMessage("*RetryBaseDelay must be more than zero and at most 30 seconds*");
    }

    [Fact]
    public void A_retry_base_delay_of_exactly_30_seconds_is_accepted()
    {
        var act = () => new RyzeClient(new RyzeClientOptions { AccountToken = "acct", RetryBaseDelay = TimeSpan.FromSeconds(30) });

        act.Should().NotThrow();
    }

    [Fact]
    public void Start_up_fails_on_a_zero_retry_base_delay_naming_the_setting_and_the_registration()
    {
        var services = new ServiceCollection();
        services.AddRyzeApiClient("tenant-a", o => { o.AccountToken = "acct"; o.RetryBaseDelay = TimeSpan.Zero; });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("RyzeApi.Client 'tenant-a'")
            .And.Contain("RetryBaseDelay must be more than zero and at most 30 seconds");
    }

    [Fact]
    public void A_negative_max_rate_limit_wait_is_still_rejected_naming_the_setting()
    {
        var act = () => new RyzeClient(new RyzeClientOptions { AccountToken = "acct", MaxRateLimitWait = TimeSpan.FromSeconds(-1) });

        act.Should().Throw<ArgumentException>().WithMessage("*MaxRateLimitWait must not be negative*");
    }
}

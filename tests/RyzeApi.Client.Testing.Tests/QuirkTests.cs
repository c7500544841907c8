using System.Net;
using System.Text.RegularExpressions;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class QuirkTests
{
    [Fact]
    public async Task IgnoreInstanceNameFilter_returns_every_instance()
    {
        await using var h = await Harness.StartAsync(o => o.Quirks.IgnoreInstanceNameFilter = true);
        await h.CreateAsync("sales");
        await h.CreateAsync("support");

        var r = await h.GetAsync("/api/instance/list?instanceName=support", h.Account);

        r.Json["instances"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task QrWithoutDataPrefix_sends_bare_base64()
    {
        await using var h = await Harness.StartAsync(o => o.Quirks.QrWithoutDataPrefix = true);
        await h.CreateAsync("sales");

        var r = await h.GetAsync("/api/instance/connect/sales", h.Account);

        var png = r.Json["qrCodeBase64"]!.GetValue<string>();
        png.Should().NotStartWith("data:");
        Convert.FromBase64String(png).Should().NotBeEmpty();
    }

    [Fact]
    public async Task PairingCodeWithDash_sends_XXXX_dash_XXXX()
    {
        await using var h = await Harness.StartAsync(o => o.Quirks.PairingCodeWithDash = true);
        await h.CreateAsync("sales");

        var r = await h.GetAsync("/api/instance/connect/sales?number=5511999999999", h.Account);

        Regex.IsMatch(r.Json["pairingCode"]!.GetValue<string>(), "^[A-Z0-9]{4}-[A-Z0-9]{4}$").Should().BeTrue();
    }

    [Fact]
    public async Task ListItemsWithoutToken_omits_the_token()
    {
        await using var h = await Harness.StartAsync(o => o.Quirks.ListItemsWithoutToken = true);
        await h.CreateAsync("sales");

        var r = await h.GetAsync("/api/instance/list", h.Account);

        r.Json["instances"]![0]!.AsObject().ContainsKey("token").Should().BeFalse();
    }

    [Fact]
    public async Task CreateReturns200_answers_200()
    {
        await using var h = await Harness.StartAsync(o => o.Quirks.CreateReturns200 = true);

        var r = await h.PostAsync("/api/instance/new", h.Account, """{"name":"sales","token":"sales-token"}""");

        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json["instance"]!["token"]!.GetValue<string>().Should().Be("sales-token");
    }

    [Fact]
    public async Task TokenAtDataToken_moves_the_token_to_data_token()
    {
        await using var h = await Harness.StartAsync(o => o.Quirks.TokenAtDataToken = true);

        var r = await h.PostAsync("/api/instance/new", h.Account, """{"name":"sales"}""");

        r.Json["instance"]!.AsObject().ContainsKey("token").Should().BeFalse();
        r.Json["data"]!["token"]!.GetValue<string>().Should().Be(h.Server.Instances.Single().Token);
    }
}

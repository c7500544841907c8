using System.Net;
using System.Text.RegularExpressions;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class ConnectTests
{
    private static async Task<string> StateAsync(Harness h, string name) =>
        (await h.GetAsync($"/api/instance/list?instanceName={name}", h.Account)).Json["instances"]![0]!["connection"]!["state"]!.GetValue<string>();

    [Fact]
    public async Task Connect_returns_a_QR_code_with_a_real_png_data_url_and_moves_to_connecting()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        var r = await h.GetAsync("/api/instance/connect/sales", token);

        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json.AsObject().Select(p => p.Key).Should().Equal("success", "message", "qrCode", "qrCodeBase64", "status");
        r.Json["message"]!.GetValue<string>().Should().Be("QR code generated");
        r.Json["status"]!.GetValue<string>().Should().Be("qr");
        r.Json["qrCode"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        var dataUrl = r.Json["qrCodeBase64"]!.GetValue<string>();
        dataUrl.Should().StartWith("data:image/png;base64,");
        Convert.FromBase64String(dataUrl["data:image/png;base64,".Length..]).Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
        (await StateAsync(h, "sales")).Should().Be("connecting");
    }

    [Fact]
    public async Task Connect_issues_a_fresh_QR_code_on_every_call()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");

        var first = await h.GetAsync("/api/instance/connect/sales", h.Account);
        var second = await h.GetAsync("/api/instance/connect/sales", h.Account);

        second.Json["qrCode"]!.GetValue<string>().Should().NotBe(first.Json["qrCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Connect_with_number_returns_an_8_character_pairing_code()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");

        var r = await h.GetAsync("/api/instance/connect/sales?number=5511999999999&history=7", h.Account);

        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json["message"]!.GetValue<string>().Should().Be("Pairing code generated");
        r.Json["status"]!.GetValue<string>().Should().Be("pairing");
        Regex.IsMatch(r.Json["pairingCode"]!.GetValue<string>(), "^[A-Z0-9]{8}$").Should().BeTrue();
        r.Json.AsObject().ContainsKey("qrCode").Should().BeFalse();
    }

    [Fact]
    public async Task SimulatePairing_connects_the_instance_and_connect_then_answers_already_connected()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        await h.GetAsync("/api/instance/connect/sales", h.Account);

        h.Server.SimulatePairing("sales");
        var r = await h.GetAsync("/api/instance/connect/sales", h.Account);

        r.Json.ToJsonString().Should().Be("""{"success":true,"message":"Instance already connected","status":"connected"}""");
        var item = (await h.GetAsync("/api/instance/list?instanceName=sales", h.Account)).Json["instances"]![0]!;
        item["status"]!.GetValue<string>().Should().Be("connected");
        item["connection"]!["numberJid"]!.GetValue<string>().Should().Be("5511999999999@s.whatsapp.net");
        item["profile"]!["name"]!.GetValue<string>().Should().NotBeEmpty();
    }

    [Fact]
    public async Task AutoPairAfter_connects_once_fake_time_has_passed()
    {
        await using var h = await Harness.StartAsync(o => o.AutoPairAfter = TimeSpan.FromSeconds(5));
        await h.CreateAsync("sales");
        await h.GetAsync("/api/instance/connect/sales", h.Account);

        h.Time.Advance(TimeSpan.FromSeconds(4));
        (await StateAsync(h, "sales")).Should().Be("connecting");
        h.Time.Advance(TimeSpan.FromSeconds(1));
        (await StateAsync(h, "sales")).Should().Be("connected");
    }

    [Fact]
    public async Task SimulatePairing_of_an_unknown_instance_throws()
    {
        await using var h = await Harness.StartAsync();

        var act = () => h.Server.SimulatePairing("ghost");

        act.Should().Throw<InvalidOperationException>();
    }
}

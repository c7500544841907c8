using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Instances;

public sealed class InstancesClientConnectionTests : IDisposable
{
    // A real 1x1 PNG.
    private const string PngBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Connect_without_options_asks_for_a_QR_code_and_reads_the_documented_answer()
    {
        // SPEC §2.4 QR example, verbatim.
        _server.Respond("GET", "/api/instance/connect/sales", 200, """
            {
              "success": true,
              "message": "QR code generated",
              "qrCode": "1@abc...,xyz==,base64string",
              "qrCodeBase64": "data:image/png;base64,iVBORw0K...",
              "status": "qr"
            }
            """);

        var result = await _server.Instances().ConnectAsync("sales");

        _server.ShouldHaveSent("GET", "/api/instance/connect/sales");
        result.Kind.Should().Be(ConnectKind.QrCode);
        result.QrCode.Should().Be("1@abc...,xyz==,base64string");
        result.QrCodeDataUrl.Should().Be("data:image/png;base64,iVBORw0K...");
        result.Message.Should().Be("QR code generated");
        result.PairingCode.Should().BeNull();
        result.GetQrCodePng().Should().BeNull("the documented example's base64 is elided with dots");
    }

    [Theory]
    [InlineData("data:image/png;base64," + PngBase64)]
    [InlineData(PngBase64)]
    public async Task Connect_normalizes_the_QR_image_with_or_without_data_url_prefix(string qrCodeBase64)
    {
        _server.Respond("GET", "/api/instance/connect/sales", 200, $$"""{"success":true,"qrCode":"1@x","qrCodeBase64":"{{qrCodeBase64}}","status":"qr"}""");

        var result = await _server.Instances().ConnectAsync("sales");

        result.QrCodeDataUrl.Should().Be("data:image/png;base64," + PngBase64);
        var png = result.GetQrCodePng();
        png.Should().Equal(Convert.FromBase64String(PngBase64));
        png![..4].Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
    }

    [Theory]
    [InlineData("ABCD-1234")]
    [InlineData("ABCD1234")]
    [InlineData("abcd-1234")]
    public async Task Connect_with_a_phone_number_asks_for_a_pairing_code(string wireCode)
    {
        _server.Respond("GET", "/api/instance/connect/sales", 200, $$"""{"success":true,"message":"Pairing code generated","pairingCode":"{{wireCode}}"}""");

        var result = await _server.Instances().ConnectAsync("sales", new ConnectOptions { PhoneNumber = "5511999999999" });

        _server.ShouldHaveSent("GET", "/api/instance/connect/sales", query: "number=5511999999999");
        result.Kind.Should().Be(ConnectKind.PairingCode);
        result.PairingCode.Should().Be("ABCD1234");
        result.FormattedPairingCode.Should().Be("ABCD-1234");
        result.QrCodeDataUrl.Should().BeNull();
    }

    [Fact]
    public async Task Connect_sends_history_days_with_the_phone_number()
    {
        _server.Respond("GET", "/api/instance/connect/sales", 200, """{"success":true,"pairingCode":"WXYZ9876"}""");

        await _server.Instances().ConnectAsync("sales", new ConnectOptions { PhoneNumber = "5511999999999", HistoryDays = 7 });

        _server.ShouldHaveSent("GET", "/api/instance/connect/sales", query: "number=5511999999999&history=7");
    }

    [Theory]
    [InlineData("+5511999999999", "5511999999999")]
    [InlineData("6834002", "6834002")]
    public async Task Connect_sends_the_phone_number_as_digits_only(string phone, string sent)
    {
        _server.Respond("GET", "/api/instance/connect/sales", 200, """{"success":true,"pairingCode":"WXYZ9876"}""");

        await _server.Instances().ConnectAsync("sales", new ConnectOptions { PhoneNumber = phone });

        _server.ShouldHaveSent("GET", "/api/instance/connect/sales", query: $"number={sent}");
    }

    [Fact]
    public async Task Connect_sends_history_days_alone_for_a_QR_code()
    {
        _server.Respond("GET", "/api/instance/connect/sales", 200, """{"success":true,"qrCode":"1@x","status":"qr"}""");

        var result = await _server.Instances().ConnectAsync("sales", new ConnectOptions { HistoryDays = 30 });

        _server.ShouldHaveSent("GET", "/api/instance/connect/sales", query: "history=30");
        result.Kind.Should().Be(ConnectKind.QrCode);
    }

    [Fact]
    public async Task Connect_reads_already_connected()
    {
        _server.Respond("GET", "/api/instance/connect/sales", 200, """{"success":true,"status":"connected"}""");

        var result = await _server.Instances().ConnectAsync("sales");

        result.Kind.Should().Be(ConnectKind.AlreadyConnected);
        result.QrCode.Should().BeNull();
        result.PairingCode.Should().BeNull();
        result.GetQrCodePng().Should().BeNull();
    }

    [Fact]
    public async Task Connect_answered_with_no_code_and_an_unknown_status_fails_naming_what_is_missing()
    {
        _server.Respond("GET", "/api/instance/connect/sales", 200, """{"success":true,"status":"warming_up","eta":3}""");

        var act = () => _server.Instances().ConnectAsync("sales");

        var thrown = (await act.Should().ThrowExactlyAsync<RyzeApiException>()).Which;
        thrown.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        thrown.Message.Should().Be("RyzeAPI returned 200 (OK) for GET /api/instance/connect/sales: the response body is not the documented JSON: "
            + "it has neither a QR code (qrCode, qrCodeBase64), a pairing code (pairingCode) nor status \"connected\"");
        thrown.MayHaveBeenProcessed.Should().BeTrue("the server answered 200");
    }

    [Fact]
    public async Task Connect_reads_a_QR_answer_carrying_an_empty_pairingCode_as_a_QR_code()
    {
        // A Go server without omitempty writes the unused field as "".
        _server.Respond("GET", "/api/instance/connect/sales", 200, """{"success":true,"qrCode":"1@x","qrCodeBase64":"","pairingCode":"","status":"qr"}""");

        var result = await _server.Instances().ConnectAsync("sales");

        result.Kind.Should().Be(ConnectKind.QrCode);
        result.QrCode.Should().Be("1@x");
    }

    [Fact]
    public async Task Connect_reads_an_answer_carrying_only_the_QR_image_as_a_QR_code()
    {
        _server.Respond("GET", "/api/instance/connect/sales", 200, $$"""{"success":true,"qrCodeBase64":"{{PngBase64}}","status":"qr"}""");

        var result = await _server.Instances().ConnectAsync("sales");

        result.Kind.Should().Be(ConnectKind.QrCode);
        result.GetQrCodePng().Should().Equal(Convert.FromBase64String(PngBase64));
    }

    [Fact]
    public async Task Reconnect_posts_to_the_instance_and_reads_the_documented_answer()
    {
        // SPEC §2.5, verbatim.
        _server.Respond("POST", "/api/instance/reconnect/sales", 200, """
            {
              "success": true,
              "message": "Reconnect initiated",
              "status": "connecting"
            }
            """);

        await _server.Instances().ReconnectAsync("sales");

        _server.ShouldHaveSent("POST", "/api/instance/reconnect/sales");
    }

    [Fact]
    public async Task Logout_deletes_the_session_and_reads_the_documented_answer()
    {
        // SPEC §2.6, verbatim.
        _server.Respond("DELETE", "/api/instance/logout/sales", 200, """
            {
              "success": true,
              "message": "Instance logged out",
              "instance": {
                "status": "loggedout"
              }
            }
            """);

        await _server.Instances().LogoutAsync("sales");

        _server.ShouldHaveSent("DELETE", "/api/instance/logout/sales");
    }

    [Fact]
    public async Task Delete_deletes_the_instance_and_reads_the_documented_answer()
    {
        // SPEC §2.3, verbatim.
        _server.Respond("DELETE", "/api/instance/delete/sales", 200, """
            {
              "success": true,
              "message": "Instance deleted",
              "instance": {
                "status": "deleted"
              }
            }
            """);

        await _server.Instances().DeleteAsync("sales");

        _server.ShouldHaveSent("DELETE", "/api/instance/delete/sales");
    }

    [Fact]
    public async Task Names_with_spaces_and_unicode_are_escaped_as_one_path_segment()
    {
        _server.Respond("DELETE", "/api/instance/delete/vendas são", 200, """{"success":true,"instance":{"status":"deleted"}}""");
        var sent = new List<Uri>();

        await _server.CreateRecordingClient(sent).DeleteAsync("vendas são");

        sent.Should().ContainSingle().Which.AbsolutePath.Should().Be("/api/instance/delete/vendas%20s%C3%A3o");
    }
}

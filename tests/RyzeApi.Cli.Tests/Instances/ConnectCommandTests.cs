using System.Text.Json;

namespace RyzeApi.Cli.Tests;

public sealed class ConnectCommandTests : IAsyncLifetime
{
    private const string Erase = "\u001b[J";
    private readonly CliHarness _cli = new();
    private readonly ObservedClock _time = new();

    public async Task InitializeAsync()
    {
        await _cli.InitializeAsync();
        (await _cli.RunAsync("instance create shop")).ExitCode.Should().Be(0);
        _cli.Clock = _time;
    }

    public Task DisposeAsync() => _cli.DisposeAsync();

    [Fact]
    public async Task Connect_json_prints_the_qr_then_connected_and_exits_0()
    {
        var result = await _cli.RunAsync("instance connect shop -o json", onOutput: text =>
        {
            if (text.Contains("qrCode", StringComparison.Ordinal) && !text.Contains("connected", StringComparison.Ordinal))
            {
                _cli.Fake.SimulatePairing("shop", "5511988887777");
            }
        });

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        lines.Select(line => line.GetProperty("state").GetString()).Should().Equal("qrCode", "connected");
        lines[0].GetProperty("qrCode").GetString().Should().MatchRegex("^2@[^,]+,[^,]+,[^,]+=$");
        lines[1].GetProperty("number").GetString().Should().Be("5511988887777@s.whatsapp.net");
    }

    [Fact]
    public async Task Connect_on_a_terminal_draws_the_qr_with_half_blocks()
    {
        var result = await _cli.RunAsync("instance connect shop", terminal: true, onOutput: PairOnceScanHintShows);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("▀").And.Contain("Scan with WhatsApp");
        result.Out.Should().EndWith("shop is connected as 5511999999999@s.whatsapp.net.\n");
    }

    [Fact]
    public async Task An_expired_qr_is_redrawn_in_place_with_the_next_one()
    {
        var shown = 0;
        var qrExpiry = _time.ArmedAsync(TimeSpan.FromSeconds(20));
        var result = await _cli.RunAsync("instance connect shop", terminal: true, onOutput: text =>
        {
            var codes = CountOf(text, "Scan with WhatsApp");
            if (codes == shown)
            {
                return;
            }

            shown = codes;
            if (shown == 1)
            {
                // The code's ~20 s lifetime starts once it is shown; expire it.
                qrExpiry.ContinueWith(_ => _time.Advance(TimeSpan.FromSeconds(20)), TaskScheduler.Default);
            }
            else
            {
                _cli.Fake.SimulatePairing("shop");
            }
        });

        result.ExitCode.Should().Be(0, result.Error);
        shown.Should().Be(2);
        _cli.Fake.CountRequests("GET /api/instance/connect/{instance}").Should().Be(2);
        var qrLines = result.Out[..result.Out.IndexOf("Scan with WhatsApp", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        result.Out.Should().Contain($"\u001b[{qrLines}F{Erase}");
    }

    [Fact]
    public async Task Connect_with_a_pairing_code_prints_the_formatted_code()
    {
        var result = await _cli.RunAsync("instance connect shop --pairing-code 5511988887777", terminal: true, onOutput: text =>
        {
            if (text.Contains("Link with phone number", StringComparison.Ordinal) && !text.Contains("connected", StringComparison.Ordinal))
            {
                _cli.Fake.SimulatePairing("shop", "5511988887777");
            }
        });

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().MatchRegex(@"^Pairing code: [A-Z0-9]{4}-[A-Z0-9]{4}\n");
    }

    [Fact]
    public async Task Connect_that_is_never_scanned_times_out_with_exit_3()
    {
        var advanced = false;
        var result = await _cli.RunAsync("instance connect shop --timeout 00:01:00 -o json", onOutput: text =>
        {
            if (!advanced && text.Contains("\"qrCode\"", StringComparison.Ordinal))
            {
                advanced = true;
                _time.Advance(TimeSpan.FromMinutes(1));
            }
        });

        result.ExitCode.Should().Be(3);
        result.Error.Trim().Should().Be("ryze: Instance 'shop' was not connected within 00:01:00.");
    }

    private void PairOnceScanHintShows(string text)
    {
        if (CountOf(text, "Scan with WhatsApp") == 1 && !text.Contains("connected", StringComparison.Ordinal))
        {
            _cli.Fake.SimulatePairing("shop");
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

using System.Text.Json;

namespace RyzeApi.Cli.Tests;

public sealed class ConnectCommandTests : IAsyncLifetime
{
    private readonly CliHarness _cli = new();

    public async Task InitializeAsync()
    {
        await _cli.InitializeAsync();
        (await _cli.RunAsync("instance create shop")).ExitCode.Should().Be(0);
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

        result.ExitCode.Should().Be(0);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        lines.Select(line => line.GetProperty("state").GetString()).Should().Equal("qrCode", "connected");
        lines[0].GetProperty("qrCode").GetString().Should().NotBeNullOrEmpty();
        lines[1].GetProperty("number").GetString().Should().Contain("5511988887777");
    }

    [Fact]
    public async Task Connect_on_a_terminal_draws_the_qr_with_half_blocks()
    {
        var result = await _cli.RunAsync("instance connect shop", terminal: true, onOutput: _ => _cli.Fake.SimulatePairing("shop"));

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("▀").And.Contain("Scan with WhatsApp").And.Contain("shop is connected");
    }

    [Fact]
    public async Task Connect_with_a_pairing_code_prints_the_formatted_code()
    {
        var result = await _cli.RunAsync("instance connect shop --pairing-code 5511988887777", terminal: true, onOutput: _ => _cli.Fake.SimulatePairing("shop"));

        result.ExitCode.Should().Be(0);
        result.Out.Should().MatchRegex(@"Pairing code: \w{4}-\w{4}");
    }

    [Fact]
    public async Task Connect_that_is_never_scanned_times_out_with_exit_3()
    {
        var result = await _cli.RunAsync("instance connect shop --timeout 00:00:01");

        result.ExitCode.Should().Be(3);
        result.Error.Should().StartWith("ryze: ");
    }
}

using System.Text.Json;

namespace RyzeApi.Cli.Tests;

public sealed class FleetCommandsTests : IAsyncLifetime
{
    private readonly CliHarness _cli = new();
    private readonly string _spec = Path.Combine(Path.GetTempPath(), $"ryze.fleet.{Guid.NewGuid():N}.json");

    public async Task InitializeAsync()
    {
        await _cli.InitializeAsync();
        await File.WriteAllTextAsync(_spec, """{ "instances": { "shop": { "settings": { "autoRejectCalls": true } } } }""");
    }

    public async Task DisposeAsync()
    {
        File.Delete(_spec);
        await _cli.DisposeAsync();
    }

    [Fact]
    public async Task Plan_prints_what_apply_would_do_and_changes_nothing()
    {
        var text = await _cli.RunAsync($"plan -f {_spec}", terminal: true);
        var json = await _cli.RunAsync($"plan -f {_spec}");

        text.ExitCode.Should().Be(0);
        text.Out.Should().StartWith("Fleet plan: 1 to create, 0 to update, 0 to delete, 0 unchanged.").And.Contain("+ shop");
        var line = JsonDocument.Parse(json.Out).RootElement.EnumerateArray().Single();
        line.GetProperty("name").GetString().Should().Be("shop");
        line.GetProperty("action").GetString().Should().Be("Create");
        _cli.Fake.Instances.Should().BeEmpty();
    }

    [Fact]
    public async Task Apply_creates_what_the_spec_names()
    {
        var result = await _cli.RunAsync($"apply -f {_spec}");

        result.ExitCode.Should().Be(0);
        _cli.Fake.Instances.Select(i => i.Name).Should().Equal("shop");
        var line = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().Single();
        line.GetProperty("outcome").GetString().Should().Be("Applied");
    }

    [Fact]
    public async Task Apply_dry_run_changes_nothing()
    {
        var result = await _cli.RunAsync($"apply -f {_spec} --dry-run");

        result.ExitCode.Should().Be(0);
        _cli.Fake.Instances.Should().BeEmpty();
    }

    [Fact]
    public async Task Apply_prune_off_a_terminal_needs_yes_before_deleting()
    {
        await _cli.RunAsync("instance create old");

        var refused = await _cli.RunAsync($"apply -f {_spec} --prune");
        var applied = await _cli.RunAsync($"apply -f {_spec} --prune --yes");

        refused.ExitCode.Should().Be(3);
        refused.Error.Should().Contain("Delete 1 instance(s) not in the spec (old)?");
        applied.ExitCode.Should().Be(0);
        _cli.Fake.Instances.Select(i => i.Name).Should().Equal("shop");
    }

    [Fact]
    public async Task A_broken_spec_is_a_usage_error()
    {
        await File.WriteAllTextAsync(_spec, """{ "instances": { "shop": { "sttings": {} } } }""");

        var result = await _cli.RunAsync($"plan -f {_spec}");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("sttings");
    }
}

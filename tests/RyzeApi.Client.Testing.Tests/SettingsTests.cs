using System.Net;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class SettingsTests
{
    [Fact]
    public async Task GetSettings_returns_the_documented_defaults()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        var r = await h.GetAsync("/api/instance/getSettings/sales", token);

        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json.ToJsonString().Should().Be(
            """{"success":true,"message":"Settings retrieved successfully","settings":{"autoRejectCalls":false,"callRejectMessage":"","ignoreGroupMessages":false,"keepOnlineStatus":false,"autoReadMessages":false,"disableHistorySync":true,"ignoreStatus":false}}""");
    }

    [Fact]
    public async Task Settings_update_is_partial_and_answers_all_seven_settings()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        var r = await h.PostAsync("/api/instance/settings/sales", token,
            """{"ignoreGroupMessages":true,"ignoreStatus":true,"autoRejectCalls":true,"callRejectMessage":"I do not take calls here."}""");

        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json.ToJsonString().Should().Be(
            """{"success":true,"message":"Settings updated successfully","settings":{"autoRejectCalls":true,"callRejectMessage":"I do not take calls here.","ignoreGroupMessages":true,"keepOnlineStatus":false,"autoReadMessages":false,"disableHistorySync":true,"ignoreStatus":true}}""");
        var again = await h.PostAsync("/api/instance/settings/sales", token, """{"autoReadMessages":true}""");
        again.Json["settings"]!["ignoreStatus"]!.GetValue<bool>().Should().BeTrue();
        again.Json["settings"]!["autoReadMessages"]!.GetValue<bool>().Should().BeTrue();
        h.Server.Instances.Single().Settings["autoReadMessages"].Should().Be(true);
    }

    [Theory]
    [InlineData("{}", "At least one setting must be provided")]
    [InlineData("""{"unknown":true}""", "At least one setting must be provided")]
    [InlineData("{oops", "Invalid request body")]
    [InlineData("""{"autoReadMessages":"yes"}""", "Invalid request body")]
    public async Task Settings_update_rejects_empty_or_malformed_bodies(string body, string message)
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");

        (await h.PostAsync("/api/instance/settings/sales", h.Account, body)).ShouldBeError(HttpStatusCode.BadRequest, message);
    }
}

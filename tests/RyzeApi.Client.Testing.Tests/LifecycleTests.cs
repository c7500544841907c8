using System.Net;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class LifecycleTests
{
    private const string NoSession = "Instance has no saved session — call /connect first";

    [Fact]
    public async Task Reconnect_of_a_never_connected_instance_answers_400()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");

        var r = await h.PostAsync("/api/instance/reconnect/sales", h.Account, "");

        r.ShouldBeError(HttpStatusCode.BadRequest, NoSession);
        r.Text.Should().Contain("—", "the em dash is sent as UTF-8 like the real service, not as \\u2014");
    }

    [Fact]
    public async Task Reconnect_after_pairing_answers_connecting_and_ignores_the_body()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");
        h.Server.SimulatePairing("sales");

        var r = await h.PostAsync("/api/instance/reconnect/sales", token, "not even json");

        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json.ToJsonString().Should().Be("""{"success":true,"message":"Reconnect initiated","status":"connecting"}""");
        h.Server.Instances.Single().State.Should().Be("connected");
    }

    [Fact]
    public async Task Logout_answers_loggedout_and_wipes_the_saved_session()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");
        h.Server.SimulatePairing("sales");

        var r = await h.DeleteAsync("/api/instance/logout/sales", token);

        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json.ToJsonString().Should().Be("""{"success":true,"message":"Instance logged out","instance":{"status":"loggedout"}}""");
        var list = await h.GetAsync("/api/instance/list?instanceName=sales", token);
        list.Json["instances"]![0]!["connection"]!["state"]!.GetValue<string>().Should().Be("loggedout");
        (await h.PostAsync("/api/instance/reconnect/sales", token, "{}")).ShouldBeError(HttpStatusCode.BadRequest, NoSession);
    }

    [Fact]
    public async Task The_same_token_still_works_after_logout_and_connect_issues_a_new_QR()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");
        h.Server.SimulatePairing("sales");
        await h.DeleteAsync("/api/instance/logout/sales", token);

        var r = await h.GetAsync("/api/instance/connect/sales", token);

        r.Json["status"]!.GetValue<string>().Should().Be("qr");
    }

    [Fact]
    public async Task Delete_with_the_account_token_removes_the_instance_and_its_token()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        var r = await h.DeleteAsync("/api/instance/delete/sales", h.Account);

        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json.ToJsonString().Should().Be("""{"success":true,"message":"Instance deleted","instance":{"status":"deleted"}}""");
        h.Server.Instances.Should().BeEmpty();
        (await h.GetAsync("/api/instance/list", token)).ShouldBeError(HttpStatusCode.Unauthorized, "Invalid token");
        (await h.DeleteAsync("/api/instance/delete/sales", h.Account)).ShouldBeError(HttpStatusCode.NotFound, "Instance not found");
    }
}

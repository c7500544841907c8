using System.Net;
using System.Net.Http.Headers;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class AuthTests
{
    public static TheoryData<string, string> InstanceRoutes => new()
    {
        { "DELETE", "/api/instance/delete/{0}" }, { "GET", "/api/instance/connect/{0}" }, { "POST", "/api/instance/reconnect/{0}" },
        { "DELETE", "/api/instance/logout/{0}" }, { "GET", "/api/instance/getSettings/{0}" }, { "POST", "/api/instance/settings/{0}" },
        { "GET", "/api/instance/getProxy/{0}" }, { "POST", "/api/instance/proxy/{0}" }, { "GET", "/api/instance/getS3/{0}" },
        { "POST", "/api/instance/s3/{0}" }, { "GET", "/api/instance/metrics/{0}" },
    };

    private static Task<ApiResponse> Send(Harness h, string method, string route, string name, string? token) =>
        h.SendAsync(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, route, name), token, method == "POST" ? "{}" : null);

    [Theory]
    [MemberData(nameof(InstanceRoutes))]
    public async Task Every_endpoint_answers_401_Invalid_token_without_a_token(string method, string route)
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");

        // SPEC §2.3–§2.12: "| 401 | Invalid token | token missing or invalid |", not the errors guide's "Missing token in header".
        (await Send(h, method, route, "sales", null)).ShouldBeError(HttpStatusCode.Unauthorized, "Invalid token");
    }

    [Theory]
    [InlineData("POST", "/api/instance/new")]
    [InlineData("GET", "/api/instance/list")]
    public async Task Create_and_list_without_a_token_answer_Invalid_token_like_every_instance_endpoint(string method, string route)
    {
        await using var h = await Harness.StartAsync();

        var r = await h.SendAsync(new HttpMethod(method), route, null, method == "POST" ? """{"name":"sales"}""" : null);

        r.ShouldBeError(HttpStatusCode.Unauthorized, "Invalid token");
        h.Server.Instances.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(InstanceRoutes))]
    public async Task Every_endpoint_answers_401_for_an_unknown_token(string method, string route)
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");

        (await Send(h, method, route, "sales", "nope")).ShouldBeError(HttpStatusCode.Unauthorized, "Invalid token");
    }

    [Theory]
    [MemberData(nameof(InstanceRoutes))]
    public async Task Every_endpoint_answers_404_for_an_unknown_instance(string method, string route)
    {
        await using var h = await Harness.StartAsync();

        (await Send(h, method, route, "ghost", h.Account)).ShouldBeError(HttpStatusCode.NotFound, "Instance not found");
    }

    [Theory]
    [MemberData(nameof(InstanceRoutes))]
    public async Task Instance_token_on_another_instance_answers_403_except_delete_which_answers_401(string method, string route)
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        var token = await h.CreateAsync("support");

        var r = await Send(h, method, route, "sales", token);

        if (route.Contains("delete", StringComparison.Ordinal))
        {
            r.ShouldBeError(HttpStatusCode.Unauthorized, "Invalid token");
        }
        else
        {
            r.ShouldBeError(HttpStatusCode.Forbidden, "Instance token does not match this instance");
        }
    }

    [Fact]
    public async Task Delete_with_the_instances_own_token_answers_401()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        (await h.DeleteAsync("/api/instance/delete/sales", token)).ShouldBeError(HttpStatusCode.Unauthorized, "Invalid token");
        h.Server.Instances.Should().ContainSingle();
    }

    [Fact]
    public async Task Bearer_authorization_is_accepted_like_the_token_header()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        var r = await h.SendAsync(HttpMethod.Get, "/api/instance/getSettings/sales", null,
            edit: m => m.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token));

        r.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Account_token_works_on_instance_endpoints()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");

        (await h.GetAsync("/api/instance/getSettings/sales", h.Account)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_path_without_instance_name_answers_400()
    {
        await using var h = await Harness.StartAsync();

        (await h.GetAsync("/api/instance/connect/", h.Account)).ShouldBeError(HttpStatusCode.BadRequest, "Instance name is required");
    }

    [Fact]
    public async Task An_unknown_route_answers_404_in_the_error_envelope()
    {
        await using var h = await Harness.StartAsync();

        (await h.GetAsync("/api/nope", h.Account)).ShouldBeError(HttpStatusCode.NotFound, "Route not found");
    }
}

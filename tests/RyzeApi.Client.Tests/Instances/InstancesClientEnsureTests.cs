using RyzeApi.Client.Tests.Infrastructure;
using static RyzeApi.Client.Tests.Infrastructure.FakeClock;

namespace RyzeApi.Client.Tests.Instances;

/// <summary>EnsureAsync: create-or-get with exactly one create, and the reconciliation rule after an ambiguous failure.</summary>
public sealed class InstancesClientEnsureTests : IDisposable
{
    private const string ListPath = "/api/instance/list";
    private const string CreatePath = "/api/instance/new";
    private const string NoneListed = """{"success":true,"instances":[]}""";
    private const string SalesListed = """{"success":true,"instances":[{"name":"sales","token":"mine-123","status":"disconnected"}]}""";
    private const string Created = """{"success":true,"instance":{"name":"sales","token":"a1b2","status":"disconnected"}}""";
    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task An_existing_instance_is_returned_as_not_created_without_sending_a_create()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, SalesListed));

        var result = await _server.CreateClient().Instances.EnsureAsync(new CreateInstanceRequest { Name = "sales" });

        result.Created.Should().BeFalse();
        result.Instance.Name.Should().Be("sales");
        CreatesSent().Should().Be(0);
    }

    [Fact]
    public async Task A_missing_instance_is_created_with_exactly_one_create()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, NoneListed));
        _server.Server.RespondInSequence(CreatePath, Json(201, Created));

        var result = await _server.CreateClient().Instances.EnsureAsync(new CreateInstanceRequest { Name = "sales" });

        result.Created.Should().BeTrue();
        result.Instance.Token.Should().Be("a1b2");
        CreatesSent().Should().Be(1);
    }

    [Fact]
    public async Task A_409_on_create_resolves_to_the_instance_someone_else_created()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, NoneListed), Json(200, SalesListed));
        _server.Server.RespondInSequence(CreatePath, Json(409, """{"success":false,"error":{"message":"Instance name already in use"}}"""));

        var result = await _server.CreateClient().Instances.EnsureAsync(new CreateInstanceRequest { Name = "sales" });

        result.Created.Should().BeFalse();
        result.Instance.Name.Should().Be("sales");
        CreatesSent().Should().Be(1);
    }

    [Fact]
    public async Task After_an_ambiguous_500_an_instance_carrying_our_custom_token_is_provably_ours()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, NoneListed), Json(200, SalesListed));
        _server.Server.RespondInSequence(CreatePath, Json(500));

        var result = await _server.CreateClient().Instances.EnsureAsync(new CreateInstanceRequest { Name = "sales", Token = "mine-123" });

        result.Should().BeEquivalentTo(new { Created = true, Reconciled = true });
        CreatesSent().Should().Be(1, "a create is never resent");
    }

    [Fact]
    public async Task After_a_201_whose_body_cannot_be_read_the_instance_found_is_ours()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, NoneListed), Json(200, SalesListed));
        _server.RespondRaw("POST", CreatePath, 201, "<html><body>Created</body></html>", "text/html");

        var result = await _server.CreateClient().Instances.EnsureAsync(new CreateInstanceRequest { Name = "sales" });

        result.Should().BeEquivalentTo(new { Created = true, Reconciled = true });
        CreatesSent().Should().Be(1);
    }

    [Fact]
    public async Task A_create_answered_2xx_with_success_false_is_rethrown_and_nothing_is_claimed()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, NoneListed), Json(200, SalesListed));
        _server.Server.RespondInSequence(CreatePath, Json(200, """{"success":false,"error":{"message":"Instance or token already exists"}}"""));

        var act = () => _server.CreateClient().Instances.EnsureAsync(new CreateInstanceRequest { Name = "sales" });

        (await act.Should().ThrowAsync<RyzeApiException>()).Which.MayHaveBeenProcessed.Should().BeFalse();
        CreatesSent().Should().Be(1);
    }

    [Fact]
    public async Task After_a_2xx_whose_body_was_cut_off_the_instance_found_is_ours()
    {
        var answers = new[]
        {
            RawTcpServer.Ok(NoneListed, cut: false), // the look-up: not there
            RawTcpServer.Ok(Created, cut: true), // our create: 201's headers, then half the body
            RawTcpServer.Ok(SalesListed, cut: false),
        };
        using var server = new RawTcpServer(n => Task.FromResult<byte[]?>(answers[Math.Min(n, answers.Length - 1)]));
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = server.BaseAddress, AccountToken = RyzeTestServer.AccountToken });

        var result = await client.Instances.EnsureAsync(new CreateInstanceRequest { Name = "sales" });

        result.Should().BeEquivalentTo(new { Created = true, Reconciled = true });
        server.Accepted.Should().Be(3, "look-up, one create, look-up");
    }

    [Fact]
    public async Task After_an_ambiguous_500_an_instance_without_our_token_is_returned_but_not_claimed()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, NoneListed), Json(200, SalesListed));
        _server.Server.RespondInSequence(CreatePath, Json(500));

        var result = await _server.CreateClient().Instances.EnsureAsync(new CreateInstanceRequest { Name = "sales" });

        result.Should().BeEquivalentTo(new { Created = false, Reconciled = true });
        CreatesSent().Should().Be(1);
    }

    [Fact]
    public async Task After_an_ambiguous_500_with_nothing_found_the_failure_surfaces_and_nothing_is_resent()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, NoneListed));
        _server.Server.RespondInSequence(CreatePath, Json(500));

        var act = () => _server.CreateClient().Instances.EnsureAsync(new CreateInstanceRequest { Name = "sales" });

        (await act.Should().ThrowAsync<RyzeServerException>()).Which.MayHaveBeenProcessed.Should().BeTrue();
        CreatesSent().Should().Be(1);
    }

    [Fact]
    public async Task After_an_ambiguous_500_an_instance_listed_without_a_token_is_not_claimed_when_no_custom_token_was_sent()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, NoneListed), Json(200, """{"success":true,"instances":[{"name":"sales","status":"disconnected"}]}"""));
        _server.Server.RespondInSequence(CreatePath, Json(500));

        var result = await _server.CreateClient().Instances.EnsureAsync(new CreateInstanceRequest { Name = "sales" });

        result.Should().BeEquivalentTo(new { Created = false, Reconciled = true });
    }

    [Fact]
    public async Task After_an_ambiguous_500_a_failing_look_up_surfaces_the_creates_own_failure()
    {
        byte[][] answers = [RawTcpServer.Json("200 OK", NoneListed), RawTcpServer.Json("500 Internal Server Error", """{"success":false,"error":{"message":"Failed to create instance"}}"""),
            RawTcpServer.Json("503 Service Unavailable", """{"success":false,"error":{"message":"down"}}""")];
        using var server = new RawTcpServer(n => Task.FromResult<byte[]?>(answers[Math.Min(n, 2)])); // look-up, create, then every look-up fails
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = server.BaseAddress, AccountToken = RyzeTestServer.AccountToken, RetryBaseDelay = TimeSpan.FromMilliseconds(1) });

        var act = () => client.Instances.EnsureAsync(new CreateInstanceRequest { Name = "sales" });

        var thrown = (await act.Should().ThrowAsync<RyzeServerException>()).Which;
        (thrown.Method, thrown.Path, thrown.ErrorMessage).Should().Be(("POST", CreatePath, "Failed to create instance"));
    }

    [Fact]
    public async Task A_look_up_that_fails_with_401_is_thrown_and_no_create_is_sent()
    {
        _server.Server.RespondInSequence(ListPath, Json(401, """{"success":false,"error":{"message":"Invalid token"}}"""));

        var act = () => _server.CreateClient().Instances.EnsureAsync(new CreateInstanceRequest { Name = "sales" });

        await act.Should().ThrowAsync<RyzeAuthenticationException>();
        CreatesSent().Should().Be(0);
    }

    private int CreatesSent() => _server.Requests.Count(r => r.RequestMessage.Path == CreatePath);
}

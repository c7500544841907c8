using System.Net;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Errors;

/// <summary>Every error row SPEC §2 documents, with its verbatim message, as the caller sees it.</summary>
public sealed class DocumentedErrorTests : IDisposable
{
    private const string RateLimited = "Rate limit exceeded. Try again later.";

    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    public static TheoryData<string, int, string> Rows => new()
    {
        // §2.1 create
        { "create", 400, "Invalid request body" },
        { "create", 400, "The 'name' field is required" },
        { "create", 401, "Invalid token" },
        { "create", 403, "Account instance quota exceeded" },
        { "create", 409, "Instance or token already exists" },
        { "create", 429, RateLimited },
        { "create", 500, "Failed to create instance" },
        // §2.2 list (single unknown name)
        { "get", 404, "Instance not found" },
        // §2.3 delete
        { "delete", 401, "Invalid token" },
        { "delete", 404, "Instance not found" },
        { "delete", 429, RateLimited },
        { "delete", 500, "Failed to delete instance: session teardown failed" },
        // §2.4 connect (the rest of its table is truncated)
        { "connect", 400, "Instance name is required" },
        { "connect", 401, "Invalid token" },
        // §2.5 reconnect, both snapshots of the 400
        { "reconnect", 400, "Instance has no saved session — call /connect first" },
        { "reconnect", 400, "Instance has no saved session, call /connect first" },
        { "reconnect", 401, "Invalid token" },
        { "reconnect", 404, "Instance not found" },
        { "reconnect", 429, RateLimited },
        { "reconnect", 500, "Failed to reconnect: dial tcp: i/o timeout" },
        // §2.6 logout
        { "logout", 401, "Invalid token" },
        { "logout", 404, "Instance not found" },
        { "logout", 429, RateLimited },
        { "logout", 500, "Failed to logout instance" },
        // §2.7 getSettings
        { "getSettings", 401, "Invalid token" },
        { "getSettings", 404, "Instance not found" },
        { "getSettings", 429, RateLimited },
        { "getSettings", 500, "Failed to get settings configuration" },
        // §2.9 getProxy
        { "getProxy", 401, "Invalid token" },
        { "getProxy", 404, "Instance not found" },
        { "getProxy", 429, RateLimited },
        { "getProxy", 500, "Failed to get proxy configuration" },
        // §2.11 getS3
        { "getS3", 401, "Invalid token" },
        { "getS3", 404, "Instance not found" },
        { "getS3", 429, RateLimited },
        { "getS3", 500, "Failed to get S3 configuration" },
        // §2.12 s3 update
        { "s3", 400, "Invalid request body" },
        { "s3", 401, "Invalid token" },
        { "s3", 404, "Instance not found" },
        { "s3", 429, RateLimited },
        { "s3", 500, "Failed to update S3 configuration" },
        // common rows for the endpoints whose tables are not documented (§2 preamble)
        { "settings", 401, "Invalid token" },
        { "proxy", 404, "Instance not found" },
        { "metrics", 404, "Instance not found" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Documented_error_maps_to_its_type_with_the_verbatim_message(string endpoint, int status, string message)
    {
        var (method, path, call) = Endpoint(endpoint);
        _server.Respond(method, path, status, $$$"""{"success":false,"error":{"message":"{{{message}}}"}}""");

        var error = await RyzeErrorFactoryTests.Catch(() => call(_server.Instances()));

        error.Should().BeOfType(ExpectedType(status));
        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.ErrorMessage.Should().Be(message);
        error.Message.Should().Be($"RyzeAPI returned {status} ({Reason(status)}) for {method} {path}: {message}");
        error.Message.Should().NotContain(RyzeTestServer.AccountToken);
    }

    private static (string Method, string Path, Func<InstancesClient, Task> Call) Endpoint(string endpoint) => endpoint switch
    {
        "create" => ("POST", "/api/instance/new", c => c.CreateAsync(new CreateInstanceRequest { Name = "sales" })),
        "get" => ("GET", "/api/instance/list", c => c.GetAsync("sales")),
        "delete" => ("DELETE", "/api/instance/delete/sales", c => c.DeleteAsync("sales")),
        "connect" => ("GET", "/api/instance/connect/sales", c => c.ConnectAsync("sales")),
        "reconnect" => ("POST", "/api/instance/reconnect/sales", c => c.ReconnectAsync("sales")),
        "logout" => ("DELETE", "/api/instance/logout/sales", c => c.LogoutAsync("sales")),
        "getSettings" => ("GET", "/api/instance/getSettings/sales", c => c.GetSettingsAsync("sales")),
        "settings" => ("POST", "/api/instance/settings/sales", c => c.UpdateSettingsAsync("sales", new InstanceSettingsPatch { AutoReadMessages = true })),
        "getProxy" => ("GET", "/api/instance/getProxy/sales", c => c.GetProxyAsync("sales")),
        "proxy" => ("POST", "/api/instance/proxy/sales", c => c.UpdateProxyAsync("sales", ProxyConfig.Disabled)),
        "getS3" => ("GET", "/api/instance/getS3/sales", c => c.GetS3Async("sales")),
        "s3" => ("POST", "/api/instance/s3/sales", c => c.UpdateS3Async("sales", S3Config.Disabled)),
        "metrics" => ("GET", "/api/instance/metrics/sales", c => c.GetMetricsAsync("sales")),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    private static Type ExpectedType(int status) => status switch
    {
        400 => typeof(RyzeBadRequestException),
        401 => typeof(RyzeAuthenticationException),
        403 => typeof(RyzeForbiddenException),
        404 => typeof(RyzeNotFoundException),
        409 => typeof(RyzeConflictException),
        429 => typeof(RyzeRateLimitException),
        _ => typeof(RyzeServerException),
    };

    private static string Reason(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        429 => "Too Many Requests",
        _ => "Internal Server Error",
    };
}

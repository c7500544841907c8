using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Reliability;

/// <summary>
/// Shrunk from the secret scan: a body the SDK cannot use is kept as <see cref="RyzeErrorDetails.BodySnippet"/> for
/// diagnosis, and that snippet must not carry the secrets the body held (instance token, QR and pairing codes, S3
/// secret key, proxy password, Chatwoot token), whether the body is cut, mis-shaped or an error.
/// </summary>
public sealed class SecretsInUnreadableBodiesTests
{
    private const string Secret = "SENTINEL-BODY-3b7a";

    public static TheoryData<string, string, int, string> Bodies() => new()
    {
        { "POST", "/api/instance/new", 201, $$$"""{"success":true,"instance":{"name":"a","token":"{{{Secret}}}","status":"disconn""" },
        { "POST", "/api/instance/new", 201, $$$"""{"success":true,"instance":{"name":"a","token":"{{{Secret}}}","status":"disconnected","id":7}}""" },
        { "GET", "/api/instance/connect/a", 200, $$$"""{"success":true,"qrCode":"{{{Secret}}}","status":""" },
        { "GET", "/api/instance/connect/a", 200, $$$"""{"success":true,"pairingCode" : "{{{Secret}}}","status":7}""" },
        { "GET", "/api/instance/getS3/a", 200, $$$"""{"success":true,"s3":{"enabled":true,"secretKey":"{{{Secret}}}"},"x":[""" },
        { "GET", "/api/instance/getProxy/a", 500, $$$"""{"success":false,"proxy":{"password":"{{{Secret}}}"}}""" },
        { "GET", "/api/instance/list", 200, $$$"""{"success":true,"instances":[{"name":"a","token":"{{{Secret}}}","chatwoot":{"chatwootApiToken":"{{{Secret}}}"}}],"x":""" },
        { "GET", "/api/instance/list", 200, $$$"""{"success":"yes","instances":[{"name":"a","token":"ab\"{{{Secret}}}"}]}""" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task The_body_snippet_of_an_unusable_answer_hides_secret_fields(string method, string path, int status, string body)
    {
        using var server = new RyzeTestServer();
        server.Respond(method, path, status, body);
        var instances = server.Instances();

        var call = path switch
        {
            "/api/instance/new" => (Func<Task>)(() => instances.CreateAsync(new CreateInstanceRequest { Name = "a" })),
            "/api/instance/connect/a" => () => instances.ConnectAsync("a"),
            "/api/instance/getS3/a" => () => instances.GetS3Async("a"),
            "/api/instance/getProxy/a" => () => instances.GetProxyAsync("a"),
            _ => () => instances.ListAsync(),
        };

        var error = (await call.Should().ThrowAsync<RyzeApiException>()).Which;
        error.Details.BodySnippet.Should().NotBeNullOrEmpty("the snippet is still there for diagnosis");
        error.Details.ToString().Should().NotContain(Secret);
        error.ToString().Should().NotContain(Secret);
    }
}

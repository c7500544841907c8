using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RyzeApi.Client.Tests.Infrastructure;

/// <summary>
/// The one WireMock fixture: a real HTTP server on loopback per test, a client wired to it, and helpers to answer
/// a route and to read back exactly what was sent.
/// </summary>
public sealed class RyzeTestServer : IDisposable
{
    public const string AccountToken = "acct-secret-7f3a";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public Uri BaseAddress => new(Server.Url!);

    /// <summary>A client on the non-DI path; retries are fast by default so failure tests do not wait.</summary>
    public RyzeClient CreateClient(Action<RyzeClientOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new RyzeClientOptions { BaseAddress = BaseAddress, AccountToken = AccountToken, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        configure?.Invoke(options);
        return new RyzeClient(options, time ?? TimeProvider.System);
    }

    public RyzeClient CreateClient(FakeTimeProvider time, Action<RyzeClientOptions>? configure = null) => CreateClient(configure, time);

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with a status and a JSON body.</summary>
    public void Respond(string method, string path, int status, string body, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    public ILogEntry SingleRequest() => Requests.Should().ContainSingle().Subject;

    /// <summary>The JSON body of the single request, parsed, for comparison as JSON.</summary>
    public JsonNode? SingleRequestJson() => JsonNode.Parse(SingleRequest().RequestMessage.Body!);

    public void Dispose() => Server.Stop();
}

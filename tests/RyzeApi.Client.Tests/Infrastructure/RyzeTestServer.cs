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

    /// <summary>A client that never retries, so 429 and 5xx tests do not depend on the resilience policy.</summary>
    public InstancesClient Instances() => CreateClient(options => options.MaxRetries = 0).Instances;

    /// <summary>The events client of a client that never retries.</summary>
    public EventsClient Events() => CreateClient(options => options.MaxRetries = 0).Events;

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with a status and a JSON body.</summary>
    public void Respond(string method, string path, int status, string body, params (string Name, string Value)[] headers) =>
        RespondRaw(method, path, status, body, "application/json", headers);

    /// <summary>Answers with any content type, e.g. the HTML of a proxy's error page.</summary>
    public void RespondRaw(string method, string path, int status, string body, string contentType, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body);
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

    /// <summary>Asserts one request was sent with this method, path, query and the account token, and no body unless one is expected.</summary>
    public void ShouldHaveSent(string method, string path, string? query = null, string? json = null)
    {
        var request = SingleRequest().RequestMessage;
        request.Method.Should().Be(method);
        request.Path.Should().Be(path);
        Uri.UnescapeDataString((request.RawQuery ?? string.Empty).TrimStart('?')).Should().Be(query ?? string.Empty);
        request.Headers!["token"].Should().Equal(AccountToken);
        if (json is null)
        {
            request.Body.Should().BeNullOrEmpty();
            return;
        }

        JsonNode.DeepEquals(SingleRequestJson(), JsonNode.Parse(json)).Should().BeTrue("the body was {0}", request.Body);
    }

    /// <summary>
    /// A client whose outgoing URIs are recorded before they leave the process, for what the server cannot see
    /// (it decodes <c>%2C</c> back to a comma).
    /// </summary>
    public InstancesClient CreateRecordingClient(List<Uri> sent)
    {
        var options = new RyzeClientOptions { BaseAddress = BaseAddress, AccountToken = AccountToken, MaxRetries = 0 };
        var http = new HttpClient(new RecordingHandler(sent) { InnerHandler = new HttpClientHandler() }) { BaseAddress = BaseAddress };
        var api = Refit.RestService.ForGenerated<RyzeApi.Client.Http.IRyzeApi>(http, RyzeApi.Client.Http.RyzeRefitSettings.Instance);
        return new RyzeClient(new RyzeApi.Client.Http.RyzeTransport(() => api, options, TimeProvider.System)).Instances;
    }

    public void Dispose() => Server.Stop();

    private sealed class RecordingHandler(List<Uri> sent) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent.Add(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace RyzeApi.Client.Testing.Tests.Infrastructure;

/// <summary>The one place tests start a fake: fake time by default, a plain HttpClient, and small request helpers.</summary>
public sealed class Harness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 4, 28, 10, 30, 0, TimeSpan.Zero);

    private Harness(FakeRyzeServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        Http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public FakeRyzeServer Server { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    public string Account => Server.AccountToken;

    public static async Task<Harness> StartAsync(Action<FakeRyzeServerOptions>? configure = null)
    {
        var time = new FakeTimeProvider(Start);
        var options = new FakeRyzeServerOptions { AccountToken = "account-token-1", TimeProvider = time };
        configure?.Invoke(options);
        return new Harness(await FakeRyzeServer.StartAsync(options), time);
    }

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? token, string? json = null, Action<HttpRequestMessage>? edit = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Add("token", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        edit?.Invoke(request);
        var response = await Http.SendAsync(request);
        return new ApiResponse(response.StatusCode, response, await response.Content.ReadAsStringAsync());
    }

    public Task<ApiResponse> GetAsync(string path, string? token) => SendAsync(HttpMethod.Get, path, token);

    public Task<ApiResponse> PostAsync(string path, string? token, string json) => SendAsync(HttpMethod.Post, path, token, json);

    public Task<ApiResponse> DeleteAsync(string path, string? token) => SendAsync(HttpMethod.Delete, path, token);

    /// <summary>Creates an instance with the account token and returns its instance token.</summary>
    public async Task<string> CreateAsync(string name, string? extraJson = null)
    {
        var body = extraJson is null ? $$"""{"name":"{{name}}"}""" : $$"""{"name":"{{name}}",{{extraJson}}}""";
        var response = await PostAsync("/api/instance/new", Account, body);
        response.Status.Should().Be(System.Net.HttpStatusCode.Created, response.Text);
        return response.Json["instance"]!["token"]!.GetValue<string>();
    }

    /// <summary>
    /// The one real-time wait: a request has to reach the server before fake time is advanced for it or the
    /// server is stopped under it.
    /// </summary>
    public async Task WaitUntilReceivedAsync(int count = 1)
    {
        for (var i = 0; i < 500 && Server.Requests.Count < count; i++)
        {
            await Task.Delay(10);
        }

        Server.Requests.Should().HaveCountGreaterThanOrEqualTo(count, "the request should have reached the server");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}

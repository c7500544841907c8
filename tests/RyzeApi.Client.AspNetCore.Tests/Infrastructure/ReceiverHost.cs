using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace RyzeApi.Client.AspNetCore.Tests.Infrastructure;

/// <summary>An app with the webhook receiver on a TestServer (or on Kestrel at 127.0.0.1), its handlers recording into <see cref="Received"/>.</summary>
public sealed class ReceiverHost : IAsyncDisposable
{
    public const string Secret = "Bearer hook-secret-1";

    private ReceiverHost(WebApplication app, bool kestrel)
    {
        App = app;
        Client = kestrel ? new HttpClient { BaseAddress = new Uri(app.Urls.First()) } : app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public Received Received => App.Services.GetRequiredService<Received>();

    public Switches Switches => App.Services.GetRequiredService<Switches>();

    public FakeLogCollector Logs => App.Services.GetRequiredService<FakeLogCollector>();

    public static async Task<ReceiverHost> StartAsync(
        Action<IServiceCollection>? services = null,
        Action<RyzeWebhookOptions>? options = null,
        Action<WebApplication>? map = null,
        bool kestrel = false,
        bool webhooks = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (kestrel)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Logging.ClearProviders().AddFakeLogging();
        builder.Services.AddSingleton<Received>().AddSingleton<Switches>();
        if (webhooks)
        {
            builder.Services.AddRyzeApiWebhooks(o =>
            {
                o.AcceptedAuthorizations.Add(Secret);
                options?.Invoke(o);
            });
        }

        services?.Invoke(builder.Services);
        var app = builder.Build();
        (map ?? (a => a.MapRyzeApiWebhooks("/ryze")))(app);
        await app.StartAsync();
        return new ReceiverHost(app, kestrel);
    }

    public Task<HttpResponseMessage> PostAsync(RyzeEvent ryzeEvent, string? authorization = Secret, string path = "/ryze") =>
        PostAsync(ryzeEvent.RawJson, authorization, path);

    public Task<HttpResponseMessage> PostAsync(string body, string? authorization = Secret, string path = "/ryze") =>
        PostAsync(new StringContent(body, Encoding.UTF8, "application/json"), authorization, path);

    public async Task<HttpResponseMessage> PostAsync(HttpContent content, string? authorization = Secret, string path = "/ryze")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}

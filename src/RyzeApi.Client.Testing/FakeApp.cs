using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RyzeApi.Client.Testing.Endpoints;
using RyzeApi.Client.Testing.Pipeline;

namespace RyzeApi.Client.Testing;

/// <summary>Builds and starts the Kestrel host: loopback only, no logging, no configuration files.</summary>
internal static class FakeApp
{
    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(FakeContext fake, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, fake.Options.Port);
        });
        var app = builder.Build();
        app.Use((context, next) => DateMiddleware.InvokeAsync(context, next, fake));
        app.UseWebSockets();
        app.UseRouting();
        app.Use((context, next) => RecordingMiddleware.InvokeAsync(context, next, fake));
        app.Use((context, next) => RateLimitMiddleware.InvokeAsync(context, next, fake));
        app.Use((context, next) => FaultMiddleware.InvokeAsync(context, next, fake));
        EndpointMap.Map(app, fake);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }
}

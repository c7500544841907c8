using Refit;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Http;

/// <summary>The one <see cref="RefitSettings"/>: our JSON context, buffered bodies, our transport-failure mapping.</summary>
internal static class RyzeRefitSettings
{
    public static RefitSettings Instance { get; } = Create();

    private static RefitSettings Create()
    {
        var settings = RefitSettings.ForJsonContext(RyzeJsonContext.Default);
        // Buffered bodies carry a Content-Length and can be resent by a retry.
        settings.Buffered = true;
        settings.TransportExceptionFactory = RyzeErrorFactory.FromTransportFailure;
        return settings;
    }
}

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Http;

/// <summary>The transport's one resend: counted and logged as the handler's retries are; route template and reason only.</summary>
internal sealed partial class RyzeTransport
{
    private void Resending(RyzeOperation read, RyzeConnectionException cut)
    {
        var reason = cut.InnerException?.GetType().Name ?? nameof(IOException);
        RyzeTelemetry.Retries.Add(1, new TagList { { "url.template", read.Template }, { "error.type", reason } });
        LogBodyCut(_logger, read.Template, reason);
    }

    [LoggerMessage(12, LogLevel.Information, "RyzeAPI GET {Route}: the answer's body was cut off ({Reason}); reading it again with a new request")]
    private static partial void LogBodyCut(ILogger logger, string route, string reason);
}

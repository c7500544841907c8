using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RyzeApi.Client.DependencyInjection;

/// <summary>
/// Retry and timeout handlers an app puts on every <see cref="HttpClient"/>, as .NET Aspire's service defaults do with
/// <c>ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler())</c>. Around the SDK's own handler they would
/// resend a create after a 5xx, retry 429s the SDK has already waited out, and cut connect's 75 s long poll at 10 s;
/// so the SDK's clients drop them, whenever they were registered (what <c>RemoveAllResilienceHandlers()</c> does, without
/// its order dependence), and say so once per registration at Warning: a partner who added one on purpose must learn
/// that it is not in force. Retries, timeouts and rate limits are set in <see cref="RyzeClientOptions"/>.
/// </summary>
internal sealed partial class ForeignResilienceHandlers(ILoggerFactory? loggers = null)
{
    // By name: the SDK does not depend on either package.
    private static readonly string[] TypeNames =
    [
        "Microsoft.Extensions.Http.Resilience.ResilienceHandler", // AddStandardResilienceHandler, AddResilienceHandler, hedging
        "Microsoft.Extensions.Http.PolicyHttpMessageHandler", // Polly 7: AddPolicyHandler, AddTransientHttpErrorPolicy
    ];

    private readonly ILogger _logger = (loggers ?? NullLoggerFactory.Instance).CreateLogger(RyzeClient.MeterName);
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

    /// <summary>Runs last when a handler chain is built for the client <paramref name="httpClientName"/>, after every other action.</summary>
    public static Action<HttpClientFactoryOptions> RemoveLast(string httpClientName) => options =>
        options.HttpMessageHandlerBuilderActions.Add(builder =>
            builder.Services.GetRequiredService<ForeignResilienceHandlers>().RemoveFrom(httpClientName, builder.AdditionalHandlers));

    private void RemoveFrom(string httpClientName, IList<DelegatingHandler> handlers)
    {
        List<string>? removed = null;
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            if (IsForeign(handlers[i].GetType()))
            {
                (removed ??= []).Add(handlers[i].GetType().Name);
                handlers.RemoveAt(i);
            }
        }

        // Handler chains are rebuilt every few minutes: one warning per registration is enough.
        if (removed is not null && _reported.TryAdd(httpClientName, true))
        {
            LogRemoved(_logger, httpClientName, string.Join(", ", removed));
        }
    }

    private static bool IsForeign(Type? type)
    {
        for (; type is not null && type != typeof(DelegatingHandler); type = type.BaseType)
        {
            if (Array.IndexOf(TypeNames, type.FullName) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(30, LogLevel.Warning, "HttpClient {HttpClient}: removed {Handlers} (a resilience handler added for every HttpClient); the SDK's own retries, timeouts and rate-limit waits apply, set in RyzeClientOptions")]
    private static partial void LogRemoved(ILogger logger, string httpClient, string handlers);
}

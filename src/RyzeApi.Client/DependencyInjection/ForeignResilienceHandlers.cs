using Microsoft.Extensions.Http;

namespace RyzeApi.Client.DependencyInjection;

/// <summary>
/// Retry and timeout handlers an app puts on every <see cref="HttpClient"/>, as .NET Aspire's service defaults do with
/// <c>ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler())</c>. Around the SDK's own handler they would
/// resend a create after a 5xx, retry 429s the SDK has already waited out, and cut connect's 75 s long poll at 10 s;
/// so the SDK's clients drop them, whenever they were registered (what <c>RemoveAllResilienceHandlers()</c> does, without
/// its order dependence). Retries, timeouts and rate limits are set in <see cref="RyzeClientOptions"/>.
/// </summary>
internal static class ForeignResilienceHandlers
{
    // By name: the SDK does not depend on either package.
    private static readonly string[] TypeNames =
    [
        "Microsoft.Extensions.Http.Resilience.ResilienceHandler", // AddStandardResilienceHandler, AddResilienceHandler, hedging
        "Microsoft.Extensions.Http.PolicyHttpMessageHandler", // Polly 7: AddPolicyHandler, AddTransientHttpErrorPolicy
    ];

    /// <summary>Runs last when a handler chain is built for <paramref name="options"/>' client, after every other action.</summary>
    public static void RemoveLast(HttpClientFactoryOptions options) =>
        options.HttpMessageHandlerBuilderActions.Add(static builder => RemoveFrom(builder.AdditionalHandlers));

    private static void RemoveFrom(IList<DelegatingHandler> handlers)
    {
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            if (IsForeign(handlers[i].GetType()))
            {
                handlers.RemoveAt(i);
            }
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
}

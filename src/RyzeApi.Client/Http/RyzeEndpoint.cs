using Refit;

namespace RyzeApi.Client.Http;

/// <summary>
/// How the resilience policy treats one call, classified by the <see cref="IRyzeApi"/> method Refit stamps on the request
/// (SPEC §2 idempotency column) rather than by parsing URLs.
/// </summary>
internal readonly record struct RyzeEndpoint(bool IsIdempotent, bool IsConnect, string Bucket, string Template)
{
    /// <summary>Create has its own 20/min bucket; everything else shares the global 100/min one (SPEC §1.3).</summary>
    public const string CreateBucket = "create";
    public const string GlobalBucket = "global";

    /// <summary>The <see cref="IRyzeApi"/> method Refit stamps on each request it builds.</summary>
    internal static readonly HttpRequestOptionsKey<string> MethodNameKey = new(HttpRequestMessageOptions.MethodName);
    private static readonly HttpRequestOptionsKey<string> TemplateKey = new(HttpRequestMessageOptions.RelativePathTemplate);

    public static RyzeEndpoint Of(HttpRequestMessage request)
    {
        request.Options.TryGetValue(MethodNameKey, out var method);
        var template = request.Options.TryGetValue(TemplateKey, out var value) ? value : "unknown";
        return method switch
        {
            nameof(IRyzeApi.CreateAsync) => new(IsIdempotent: false, IsConnect: false, CreateBucket, template),
            nameof(IRyzeApi.ConnectAsync) => new(IsIdempotent: false, IsConnect: true, GlobalBucket, template),
            nameof(IRyzeApi.ReconnectAsync) => new(IsIdempotent: false, IsConnect: false, GlobalBucket, template),
            not null => new(IsIdempotent: true, IsConnect: false, GlobalBucket, template),
            // A request Refit did not build: only the methods HTTP itself calls idempotent are retried.
            null => new(IsIdempotent: request.Method == HttpMethod.Get || request.Method == HttpMethod.Delete, IsConnect: false, GlobalBucket, template),
        };
    }
}

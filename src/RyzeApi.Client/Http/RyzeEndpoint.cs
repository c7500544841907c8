using Refit;

namespace RyzeApi.Client.Http;

/// <summary>
/// How the resilience policy treats one call: the <see cref="RyzeOperation"/> of the route template Refit stamps on the
/// request (SPEC §2 idempotency column), rather than parsing URLs.
/// </summary>
internal readonly record struct RyzeEndpoint(bool IsIdempotent, bool IsConnect, string Bucket, string Template)
{
    /// <summary>Create has its own 20/min bucket; everything else shares the global 100/min one (SPEC §1.3).</summary>
    public const string CreateBucket = "create";
    public const string GlobalBucket = "global";

    private static readonly HttpRequestOptionsKey<string> TemplateKey = new(HttpRequestMessageOptions.RelativePathTemplate);

    public static RyzeEndpoint Of(HttpRequestMessage request)
    {
        request.Options.TryGetValue(TemplateKey, out var template);
        return RyzeOperation.ByTemplate(template) is { } operation
            ? new(operation.IsIdempotent, operation.IsConnect, operation.Bucket, operation.Template)
            // A request Refit did not build: only the methods HTTP itself calls idempotent are retried.
            : new(request.Method == HttpMethod.Get || request.Method == HttpMethod.Delete, IsConnect: false, GlobalBucket, template ?? "unknown");
    }
}

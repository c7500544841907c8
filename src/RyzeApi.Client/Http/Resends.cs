using System.Net;

namespace RyzeApi.Client.Http;

/// <summary>
/// What a resent request remembers: that an earlier attempt of it may have been carried out. Written by
/// <see cref="RyzeResilienceHandler"/> only when it resends after a 5xx, timeout or transport failure (not after a 429 or a
/// 408, which say the server did not act), and read only when a 404 arrives, so a call answered on its first attempt pays
/// for neither.
/// </summary>
internal static class Resends
{
    private static readonly HttpRequestOptionsKey<bool> AfterAmbiguousAttemptKey = new("RyzeApi.ResentAfterAmbiguousAttempt");

    public static void MarkAfterAmbiguousAttempt(HttpRequestMessage request) => request.Options.Set(AfterAmbiguousAttemptKey, true);

    /// <summary>
    /// A 404 that answers a delete resent after an ambiguous attempt: that attempt removed the instance, which is what the
    /// caller asked for (delete is idempotent, SPEC §2.3). A 404 on the first attempt still means there was no such instance.
    /// </summary>
    public static bool IsDeleteFoundGone(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.NotFound
        && response.RequestMessage is { } request
        && request.Options.TryGetValue(AfterAmbiguousAttemptKey, out var resent) && resent
        // Not logout: it keeps the instance (SPEC §2.6), so its 404 means the instance does not exist, never that a logout worked.
        && RyzeOperation.Of(request).Template == RyzeRoutes.Delete;
}

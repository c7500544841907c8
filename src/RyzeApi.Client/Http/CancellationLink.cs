namespace RyzeApi.Client.Http;

/// <summary>
/// Ties a timed <see cref="CancellationTokenSource"/> to the caller's token with one registration. Every call pays for
/// this, and a linked source would cost a second source plus a registration on each token.
/// </summary>
internal static class CancellationLink
{
    /// <summary>Cancels <paramref name="target"/> when <paramref name="source"/> cancels; dispose the result before the target.</summary>
    public static CancellationTokenRegistration CancelWhen(this CancellationTokenSource target, CancellationToken source) =>
        source.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), target);
}

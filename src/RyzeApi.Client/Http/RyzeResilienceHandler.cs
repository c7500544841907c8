using Polly;

namespace RyzeApi.Client.Http;

/// <summary>
/// The SDK's one handler, the same for the DI and non-DI paths: it runs each request through the pipeline
/// <see cref="RyzeResiliencePipeline"/> builds, with the request's facts in a pooled <see cref="ResilienceContext"/>.
/// The call's span, measurement and log event are the transport's, around this and the body read.
/// </summary>
internal sealed class RyzeResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline, RyzeClientOptions options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = RyzeOperation.Of(request);
        RyzeHttpDefaults.Stamp(request);
        var context = ResilienceContextPool.Shared.Get(operation.Template, cancellationToken);
        try
        {
            RyzeCall.Start(context, operation, request, options, time);
            var response = await pipeline.ExecuteAsync(
                static (context, state) => new ValueTask<HttpResponseMessage>(state.Handler.SendAttemptAsync(state.Request, state.ReadsAgain, context.CancellationToken)),
                context,
                (Handler: this, Request: request, ReadsAgain: ReadsAgain(operation))).ConfigureAwait(false);

            // An answer made up inside the pipeline (a refusal, a partner's chaos strategy) still names the call that failed.
            response.RequestMessage ??= request;
            return response;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// A read the policy may send again has its 2xx body read inside the attempt, so a body cut off mid-way is that attempt
    /// failing (the call's attempt count and timeouts hold), not a loss found after the policy has returned. Anything else
    /// is streamed to the reader.
    /// </summary>
    private bool ReadsAgain(RyzeOperation operation) =>
        options.MaxRetries > 0 && operation.IsIdempotent && !operation.IsConnect && operation.Method == "GET";

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, bool readsAgain, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!readsAgain || !response.IsSuccessStatusCode)
        {
            return response;
        }

        try
        {
#if NET9_0_OR_GREATER
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            await response.Content.LoadIntoBufferAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
#endif
            return response;
        }
        catch (OperationCanceledException)
        {
            response.Dispose(); // a timeout or the caller: the rest of the body is not wanted
            throw;
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // The transport's own exception, not its wrapper, names what cut the body.
            var cut = ex is HttpRequestException { InnerException: IOException io } ? io : ex;
            using (response)
            {
                throw RyzeErrorFactory.FromCutBody(response, cut);
            }
        }
        catch (Exception ex) when (RyzeErrorFactory.IsUndecodable(ex))
        {
            using (response)
            {
                throw RyzeErrorFactory.FromUnreadableBody(response, snippet: null, ex);
            }
        }
    }
}

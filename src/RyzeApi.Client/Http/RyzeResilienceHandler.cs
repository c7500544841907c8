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
                static (context, state) => new ValueTask<HttpResponseMessage>(state.Handler.SendOnceAsync(state.Request, context.CancellationToken)),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);

            // An answer made up inside the pipeline (a refusal, a partner's chaos strategy) still names the call that failed.
            response.RequestMessage ??= request;
            return response;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);
}

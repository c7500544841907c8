using Polly;

namespace RyzeApi.Client.Http;

/// <summary>
/// The SDK's one handler, the same for the DI and non-DI paths: it runs each request through the pipeline
/// <see cref="RyzeResiliencePipeline"/> builds, with the request's facts in a pooled <see cref="ResilienceContext"/>.
/// The call's span, measurement and log event are the transport's, around this and the body read.
/// </summary>
internal sealed class RyzeResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline, RyzeClientOptions options, TimeProvider time) : DelegatingHandler
{
    // Set only when a call resends (rare): the retries it has used, so a read sent again after its body was cut off counts on.
    private static readonly HttpRequestOptionsKey<int> RetriesKey = new("RyzeApi.Retries");

    // The one fact that cannot ride on the request: Refit builds the read sent again, and an option on every request would
    // cost each call a larger options table. Set around that one rare call only, and copied into its ResilienceContext at once.
    private static readonly AsyncLocal<int> RetriesBeforeReadAgain = new();

    /// <summary>
    /// Whether a read whose 2xx body was cut off after the handler returned it may be sent once more: a GET the policy
    /// resends (not connect), with an attempt of the call's <see cref="RyzeClientOptions.MaxRetries"/> + 1 left.
    /// </summary>
    public static bool MayReadAgain(HttpResponseMessage cut, RyzeOperation operation, RyzeClientOptions options) =>
        cut.IsSuccessStatusCode && operation.IsIdempotent && !operation.IsConnect && operation.Method == "GET"
        && cut.RequestMessage is { } request && RetriesUsed(request) < options.MaxRetries;

    /// <summary>Sends the same read again (<paramref name="send"/>: a new request) as the next of the call's attempts.</summary>
    public static async Task<HttpResponseMessage> ReadAgainAsync(HttpResponseMessage cut, Func<Task<HttpResponseMessage>> send)
    {
        // Changed inside this async method, the value flows into the send and is gone again for the caller.
        RetriesBeforeReadAgain.Value = RetriesUsed(cut.RequestMessage!) + 1;
        return await send().ConfigureAwait(false);
    }

    internal static void RecordRetries(HttpRequestMessage request, int used) => request.Options.Set(RetriesKey, used);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = RyzeOperation.Of(request);
        RyzeHttpDefaults.Stamp(request);
        return RunAsync(request, operation, RetriesBeforeReadAgain.Value, cancellationToken);
    }

    private static int RetriesUsed(HttpRequestMessage request) => request.Options.TryGetValue(RetriesKey, out var used) ? used : 0;

    /// <remarks>
    /// An answer that is there at once (buffered, or from a test's handler) is finished without an async method's task:
    /// every call pays for that state machine otherwise.
    /// </remarks>
    private Task<HttpResponseMessage> RunAsync(HttpRequestMessage request, RyzeOperation operation, int retriesBefore, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(operation.Template, cancellationToken);
        var call = RyzeCall.Start(context, operation, request, options, time, retriesBefore);
        ValueTask<HttpResponseMessage> execution;
        try
        {
            execution = pipeline.ExecuteAsync(
                static (context, state) => new ValueTask<HttpResponseMessage>(state.Handler.SendOnceAsync(state.Request, context.CancellationToken)),
                context,
                (Handler: this, Request: request));
        }
        catch
        {
            Return(context, call);
            throw;
        }

        if (!execution.IsCompleted)
        {
            return FinishAsync(execution, request, context, call);
        }

        try
        {
            return Task.FromResult(Finish(execution.Result, request));
        }
        finally
        {
            Return(context, call);
        }
    }

    private static async Task<HttpResponseMessage> FinishAsync(ValueTask<HttpResponseMessage> execution, HttpRequestMessage request, ResilienceContext context, RyzeCall call)
    {
        try
        {
            return Finish(await execution.ConfigureAwait(false), request);
        }
        finally
        {
            Return(context, call);
        }
    }

    private static void Return(ResilienceContext context, RyzeCall call)
    {
        ResilienceContextPool.Shared.Return(context);
        call.Return();
    }

    // An answer made up inside the pipeline (a refusal, a partner's chaos strategy) still names the call that failed.
    private static HttpResponseMessage Finish(HttpResponseMessage response, HttpRequestMessage request)
    {
        response.RequestMessage ??= request;
        return response;
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);
}

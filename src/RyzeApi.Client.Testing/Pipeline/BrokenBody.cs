using Microsoft.AspNetCore.Http;

namespace RyzeApi.Client.Testing.Pipeline;

/// <summary>
/// The body faults: the request is handled as usual into a buffer, then the answer goes out with its full
/// <c>Content-Length</c> but only half of its body before the connection drops or stalls.
/// </summary>
internal static class BrokenBody
{
    public static async Task AnswerAsync(HttpContext context, Func<Task> answer, FakeFault fault, FakeContext fake)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await answer().ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        var bytes = buffer.ToArray();
        var half = bytes.Length / 2;
        context.Response.ContentLength = bytes.Length;
        try
        {
            await original.WriteAsync(bytes.AsMemory(0, half), context.RequestAborted).ConfigureAwait(false);
            await original.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            if (fault.CutBody)
            {
                context.Abort();
                return;
            }

            if (!await FaultMiddleware.ParkAsync(context, fault.BodyStall ?? TimeSpan.Zero, fake).ConfigureAwait(false))
            {
                return;
            }

            await original.WriteAsync(bytes.AsMemory(half), context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up mid-body.
        }
    }
}

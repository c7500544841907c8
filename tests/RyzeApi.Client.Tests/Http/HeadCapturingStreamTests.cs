using System.Text;
using RyzeApi.Client.Http;

namespace RyzeApi.Client.Tests.Http;

public sealed class HeadCapturingStreamTests
{
    [Fact]
    public async Task A_stream_reused_for_the_next_body_starts_empty_and_shows_only_that_body()
    {
        var first = HeadCapturingStream.Over(new MemoryStream(Encoding.UTF8.GetBytes("first body, longer than the second")));
        await first.CopyToAsync(Stream.Null);
        await first.DisposeAsync();

        await using var second = HeadCapturingStream.Over(new MemoryStream(Encoding.UTF8.GetBytes("{not json")));
        var beforeReading = second.BytesRead;
        await second.CopyToAsync(Stream.Null);

        second.Should().BeSameAs(first, "a disposed stream is kept for the thread's next call");
        beforeReading.Should().Be(0);
        second.BytesRead.Should().Be(9);
        second.Snippet().Should().Be("{not json");
    }

    [Fact]
    public async Task Disposing_disposes_the_inner_stream_once_even_when_disposed_twice()
    {
        var inner = new MemoryStream([1, 2, 3]);
        var stream = HeadCapturingStream.Over(inner);

        await stream.DisposeAsync();
        await stream.DisposeAsync();
        var next = HeadCapturingStream.Over(new MemoryStream());

        inner.CanRead.Should().BeFalse("the inner stream was disposed");
        next.Should().BeSameAs(stream, "it was handed back once");
        HeadCapturingStream.Over(new MemoryStream()).Should().NotBeSameAs(next, "and is not handed out twice");
    }

    [Fact]
    public async Task A_read_that_completes_later_is_captured_like_one_that_completes_at_once()
    {
        var pipe = new System.IO.Pipelines.Pipe();
        await using var stream = HeadCapturingStream.Over(pipe.Reader.AsStream());
        var buffer = new byte[64];

        var pending = stream.ReadAsync(buffer);
        var completedBeforeData = pending.IsCompleted;
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes("{\"success\":"));
        var first = await pending;
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes("fals"));
        await pipe.Writer.CompleteAsync();
        var second = await stream.ReadAsync(buffer.AsMemory(first));

        completedBeforeData.Should().BeFalse("nothing had been written yet");
        (first, second).Should().Be((11, 4));
        stream.BytesRead.Should().Be(15);
        stream.Snippet().Should().Be("{\"success\":fals");
    }
}

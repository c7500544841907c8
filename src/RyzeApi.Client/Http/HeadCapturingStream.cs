using System.Buffers;

namespace RyzeApi.Client.Http;

/// <summary>
/// A read-through stream that keeps the first bytes it passes on, so a body that fails to parse can still be shown
/// as a snippet without buffering every successful response. The buffer is pooled, and so is the stream: each thread
/// keeps one disposed stream for its next call.
/// </summary>
internal sealed class HeadCapturingStream : Stream
{
    private const int HeadSize = 2048;

    [ThreadStatic]
    private static HeadCapturingStream? t_spare;

    private Stream? _inner;
    private byte[]? _head;
    private int _headLength;

    private HeadCapturingStream()
    {
    }

    public long BytesRead { get; private set; }

    private Stream Inner => _inner ?? throw new ObjectDisposedException(nameof(HeadCapturingStream));

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    /// <summary>A capturing stream over <paramref name="inner"/>; disposing it disposes <paramref name="inner"/>.</summary>
    public static HeadCapturingStream Over(Stream inner)
    {
        var stream = t_spare ?? new HeadCapturingStream();
        t_spare = null;
        stream._inner = inner;
        stream.BytesRead = 0;
        stream._headLength = 0;
        return stream;
    }

    public string? Snippet() => _head is null ? null : RyzeErrorFactory.Snippet(_head.AsSpan(0, _headLength));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        // Most reads are served from the connection's buffer: they complete at once and need no async layer of their own.
        var reading = Inner.ReadAsync(buffer, cancellationToken);
        if (!reading.IsCompletedSuccessfully)
        {
            return CaptureWhenReadAsync(reading, buffer);
        }

        var read = reading.Result;
        Capture(buffer.Span[..read]);
        return new ValueTask<int>(read);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = Inner.Read(buffer);
        Capture(buffer[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _inner is { } inner)
        {
            _inner = null;
            if (_head is not null)
            {
                ArrayPool<byte>.Shared.Return(_head);
                _head = null;
            }

            inner.Dispose();
            t_spare = this;
        }

        base.Dispose(disposing);
    }

    private async ValueTask<int> CaptureWhenReadAsync(ValueTask<int> reading, Memory<byte> buffer)
    {
        var read = await reading.ConfigureAwait(false);
        Capture(buffer.Span[..read]);
        return read;
    }

    private void Capture(ReadOnlySpan<byte> chunk)
    {
        BytesRead += chunk.Length;
        if (_headLength >= HeadSize || chunk.IsEmpty)
        {
            return;
        }

        _head ??= ArrayPool<byte>.Shared.Rent(HeadSize);
        var take = Math.Min(chunk.Length, HeadSize - _headLength);
        chunk[..take].CopyTo(_head.AsSpan(_headLength));
        _headLength += take;
    }
}

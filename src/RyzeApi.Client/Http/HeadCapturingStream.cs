using System.Buffers;

namespace RyzeApi.Client.Http;

/// <summary>
/// A read-through stream that keeps the first bytes it passes on, so a body that fails to parse can still be shown
/// as a snippet without buffering every successful response.
/// </summary>
internal sealed class HeadCapturingStream(Stream inner) : Stream
{
    private const int HeadSize = 2048;

    private byte[]? _head;
    private int _headLength;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public string? Snippet() => _head is null ? null : RyzeErrorFactory.Snippet(_head.AsSpan(0, _headLength));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Capture(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Capture(buffer.AsSpan(offset, read));
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
        if (disposing)
        {
            inner.Dispose();
            if (_head is not null)
            {
                ArrayPool<byte>.Shared.Return(_head);
                _head = null;
            }
        }

        base.Dispose(disposing);
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

using System.Net;
using System.Net.Http.Headers;

namespace RyzeApi.Client.Tests.Reliability.Fuzz;

/// <summary>
/// Answers each attempt with the next <see cref="FuzzResponse"/> (the last one repeats), in memory: no sockets, so
/// thousands of cases run in seconds. Transport faults are real exceptions and real hangs on the request's token.
/// </summary>
public sealed class FuzzHandler(IReadOnlyList<FuzzResponse> attempts) : HttpMessageHandler
{
    private readonly List<(string Method, string Path, FuzzResponse Answer)> _sent = [];

    /// <summary>Every request received, in order, with the answer it was given.</summary>
    public IReadOnlyList<(string Method, string Path, FuzzResponse Answer)> Sent
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        FuzzResponse answer;
        lock (_sent)
        {
            answer = attempts[Math.Min(_sent.Count, attempts.Count - 1)];
            _sent.Add((request.Method.Method, request.RequestUri!.AbsolutePath, answer));
        }

        switch (answer.Transport)
        {
            case FuzzTransport.ThrowsBeforeResponse:
                throw new HttpRequestException("Connection reset by peer", new IOException("reset"));
            case FuzzTransport.HangsBeforeHeaders:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
        }

        var bytes = FuzzBodies.Bytes(answer.Body, answer.BodySeed);
        HttpContent content = answer.Transport switch
        {
            FuzzTransport.BodyCutMidway => new StreamContent(new BrokenStream(bytes, hang: false)),
            FuzzTransport.BodyHangsMidway => new StreamContent(new BrokenStream(bytes, hang: true)),
            _ => new ByteArrayContent(bytes),
        };
        content.Headers.ContentType = null;
        if (answer.ContentType is { } type)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        var response = new HttpResponseMessage((HttpStatusCode)answer.Status) { Content = content, RequestMessage = request };
        Add(response.Headers, "Retry-After", answer.RetryAfter);
        Add(response.Headers, "X-RateLimit-Reset", answer.RateLimitReset);
        Add(response.Headers, "X-RateLimit-Remaining", answer.RateLimitRemaining);
        Add(response.Headers, "Date", answer.Date);
        return response;
    }

    private static void Add(HttpResponseHeaders headers, string name, string? value)
    {
        if (value is not null)
        {
            headers.TryAddWithoutValidation(name, value);
        }
    }

    /// <summary>Gives the first half of the body, then fails (a cut connection) or waits for cancellation (a stalled one).</summary>
    private sealed class BrokenStream(byte[] bytes, bool hang) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var half = bytes.Length / 2;
            if (_position >= half)
            {
                if (hang)
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                throw new IOException("The response ended prematurely.");
            }

            var count = Math.Min(buffer.Length, half - _position);
            bytes.AsMemory(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

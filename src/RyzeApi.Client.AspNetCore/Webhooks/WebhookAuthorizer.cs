using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace RyzeApi.Client.AspNetCore.Webhooks;

/// <summary>
/// Checks the <c>Authorization</c> header against every accepted value in constant time: SHA-256 digests are
/// compared, so neither the content nor the length of an accepted value shows in the timing, and every value is compared.
/// </summary>
internal sealed class WebhookAuthorizer(IOptionsMonitor<RyzeWebhookOptions> options)
{
    private sealed record Digests(RyzeWebhookOptions Source, byte[][] Values);

    private Digests? _digests;

    public bool IsAuthorized(StringValues header)
    {
        var current = options.CurrentValue;
        var accepted = DigestsOf(current);
        if (accepted.Length == 0)
        {
            return current.AllowUnauthenticatedDelivery;
        }

        if (header.Count != 1 || header[0] is not { Length: > 0 } presented)
        {
            return false;
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        Hash(presented, digest);
        var match = false;
        foreach (var value in accepted)
        {
            match |= CryptographicOperations.FixedTimeEquals(value, digest);
        }

        return match;
    }

    // Recomputed only when the options change (a configuration reload rotating a value).
    private byte[][] DigestsOf(RyzeWebhookOptions current)
    {
        var digests = _digests;
        if (digests is null || !ReferenceEquals(digests.Source, current))
        {
            digests = new Digests(current, [.. current.AcceptedAuthorizations.Select(value => SHA256.HashData(Encoding.UTF8.GetBytes(value)))]);
            _digests = digests;
        }

        return digests.Values;
    }

    private static void Hash(string value, Span<byte> digest)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(value, rented);
            SHA256.HashData(rented.AsSpan(0, length), digest);
            CryptographicOperations.ZeroMemory(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

namespace RyzeApi.Client;

/// <summary>How to connect: by QR code (the default) or by pairing code, and how much history to fetch.</summary>
public sealed record ConnectOptions
{
    /// <summary>
    /// The phone number in international format (e.g. <c>5511999999999</c>; a leading <c>+</c> is dropped before sending);
    /// when set, a pairing code is issued instead of a QR code.
    /// </summary>
    /// <value>The default is <see langword="null"/>: no <c>number</c> parameter is sent and a QR code is issued.</value>
    public string? PhoneNumber { get; init; }

    /// <summary>Days of history to request on first pairing (<c>?history=</c>); forces a sync even when history sync is disabled. Not guaranteed by WhatsApp.</summary>
    /// <value>The default is <see langword="null"/>: no <c>history</c> parameter is sent.</value>
    public int? HistoryDays { get; init; }

    /// <summary>The number as RyzeAPI documents it: digits only (SPEC §2.4).</summary>
    internal string? WireNumber => PhoneNumber is ['+', .. var digits] ? digits : PhoneNumber;

    internal void Validate(string paramName)
    {
        // E.164: at most 15 digits; the shortest numbers in use (e.g. +683 4002) have 7.
        if (WireNumber is { } digits && (digits.Length is < 7 or > 15 || !digits.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("PhoneNumber must be 7 to 15 digits in international format, e.g. 5511999999999 or +5511999999999.", paramName);
        }

        if (HistoryDays is <= 0)
        {
            throw new ArgumentException("HistoryDays must be positive.", paramName);
        }
    }
}

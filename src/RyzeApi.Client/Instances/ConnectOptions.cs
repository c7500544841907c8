namespace RyzeApi.Client;

/// <summary>How to connect: by QR code (the default) or by pairing code, and how much history to fetch.</summary>
public sealed record ConnectOptions
{
    /// <summary>The phone number in international format, digits only (e.g. <c>5511999999999</c>); when set, a pairing code is issued instead of a QR code.</summary>
    /// <value>The default is <see langword="null"/>: no <c>number</c> parameter is sent and a QR code is issued.</value>
    public string? PhoneNumber { get; init; }

    /// <summary>Days of history to request on first pairing (<c>?history=</c>); forces a sync even when history sync is disabled. Not guaranteed by WhatsApp.</summary>
    /// <value>The default is <see langword="null"/>: no <c>history</c> parameter is sent.</value>
    public int? HistoryDays { get; init; }

    internal void Validate(string paramName)
    {
        if (PhoneNumber is not null && (PhoneNumber.Length is < 8 or > 15 || !PhoneNumber.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("PhoneNumber must be 8 to 15 digits in international format, e.g. 5511999999999.", paramName);
        }

        if (HistoryDays is <= 0)
        {
            throw new ArgumentException("HistoryDays must be positive.", paramName);
        }
    }
}

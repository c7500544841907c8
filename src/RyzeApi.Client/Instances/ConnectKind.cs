namespace RyzeApi.Client;

/// <summary>What a connect call produced.</summary>
public enum ConnectKind
{
    /// <summary>Never returned by the SDK: an answer with neither a code nor status <c>connected</c> fails the call instead.</summary>
    Unknown = 0,

    /// <summary>A QR code to scan (valid about 20 seconds).</summary>
    QrCode,

    /// <summary>An 8-character pairing code to type on the phone (valid about 60 seconds).</summary>
    PairingCode,

    /// <summary>The instance is already paired; no code was issued.</summary>
    AlreadyConnected,
}

using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Instances.Wire;

/// <summary>
/// The connect answer. SPEC documents the QR form only; the pairing form's field is <c>pairingCode</c> as seen by
/// public integrations (SPEC §6), and its <c>status</c> value is not documented, so the kind is read from the fields present.
/// </summary>
internal sealed record ConnectEnvelope : WireEnvelope
{
    public string? QrCode { get; init; }

    public string? QrCodeBase64 { get; init; }

    public string? PairingCode { get; init; }

    public string? Status { get; init; }

    /// <summary>Only the type name: this record holds secrets, and a generated <c>ToString()</c> would print them.</summary>
    public override string ToString() => nameof(ConnectEnvelope);
}

using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Instances.Wire;

/// <summary>The list answer; the array key <c>instances</c> is what every integration reads (SPEC §6).</summary>
internal sealed record ListEnvelope : WireEnvelope
{
    private IReadOnlyList<Instance>? _instances;

    // A plain setter, not init: the serializer calls it only for a key that is there, which is how Sent is known.
    public IReadOnlyList<Instance>? Instances
    {
        get => _instances;
        set
        {
            _instances = value;
            Sent = true;
        }
    }

    /// <summary>
    /// The instances listed. <c>"instances": null</c> is an empty account as a Go server writes one (a nil slice), and a
    /// <c>null</c> item is left out; a missing key is no list at all, and the read fails closed.
    /// </summary>
    public IReadOnlyList<Instance>? Listed => !Sent ? null
        : Instances is not { } listed ? []
        : listed.Contains(null!) ? listed.Where(instance => instance is not null).ToList()
        : listed;

    private bool Sent { get; set; }
}

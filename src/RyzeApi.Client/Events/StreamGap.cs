using System.Globalization;
using System.Text;

namespace RyzeApi.Client;

/// <summary>
/// Not a RyzeAPI event: <see cref="EventsClient.StreamAsync"/> yields it after reconnecting, because events sent while
/// the socket was down are not replayed. Catch up through the REST API (e.g. the instance's state) if they matter.
/// </summary>
public sealed record StreamGap : RyzeEvent
{
    /// <summary>The <see cref="RyzeEvent.EventName"/> of a gap; no RyzeAPI event has it.</summary>
    public const string Name = "stream.gap";

    internal StreamGap(string instanceName, DateTimeOffset disconnectedAt, DateTimeOffset reconnectedAt, int attempts)
        : base(new EventEnvelope(Name, instanceName, null, string.Empty, default))
    {
        DisconnectedAt = disconnectedAt;
        ReconnectedAt = reconnectedAt;
        Attempts = attempts;
    }

    /// <summary>When the socket was found dropped.</summary>
    public DateTimeOffset DisconnectedAt { get; }

    /// <summary>When the new socket was open.</summary>
    public DateTimeOffset ReconnectedAt { get; }

    /// <summary>How many upgrades it took to reconnect.</summary>
    public int Attempts { get; }

    /// <summary>Prints the instance and the gap's bounds.</summary>
    /// <param name="builder">Where <c>ToString()</c> writes the members.</param>
    /// <returns><see langword="true"/>.</returns>
    protected override bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append(CultureInfo.InvariantCulture, $"InstanceName = {InstanceName}, DisconnectedAt = {DisconnectedAt:O}, ReconnectedAt = {ReconnectedAt:O}, Attempts = {Attempts}");
        return true;
    }
}

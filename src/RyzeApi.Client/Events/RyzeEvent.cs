using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RyzeApi.Client;

/// <summary>
/// One event from RyzeAPI, as a webhook delivery's body or a WebSocket frame carries it (<c>{event, data, instanceData}</c>).
/// Read it with <see cref="RyzeEventParser"/> and switch on its type; fields the SDK does not model stay readable in
/// <see cref="Data"/> and <see cref="RawJson"/>. <c>ToString()</c> never prints the instance token.
/// </summary>
public abstract record RyzeEvent
{
    private protected RyzeEvent(EventEnvelope envelope)
    {
        EventName = envelope.Name;
        InstanceName = envelope.InstanceName;
        InstanceToken = envelope.InstanceToken;
        RawJson = envelope.RawJson;
        Data = envelope.Data;
    }

    /// <summary>The envelope's <c>event</c>, e.g. <c>message.exchange</c> (see <see cref="RyzeEvents"/>).</summary>
    public string EventName { get; }

    /// <summary>The instance the event is about (<c>instanceData.instance</c>); <see langword="null"/> when not sent.</summary>
    public string? InstanceName { get; }

    /// <summary>
    /// The instance's own token (<c>instanceData.token</c>), a secret: compare it to the token you hold to check where a
    /// delivery came from; never log it. <c>ToString()</c> prints <c>***</c>.
    /// </summary>
    public string? InstanceToken { get; }

    /// <summary>The envelope exactly as received (it contains <see cref="InstanceToken"/>: do not log it).</summary>
    public string RawJson { get; }

    /// <summary>The envelope's <c>data</c>, for fields the SDK does not model; <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonElement Data { get; }

    /// <summary>
    /// What identifies this event among redeliveries (<c>event|instance|id[|status]</c>), for de-duplicating webhooks;
    /// <see langword="null"/> when the event carries no id of its own (e.g. <c>instance.state</c>).
    /// </summary>
    public virtual string? DeduplicationKey => null;

    /// <summary>Builds a <see cref="DeduplicationKey"/> from the event's own ids; none when <paramref name="id"/> is missing.</summary>
    private protected string? KeyOf(string? id, string? qualifier = null) =>
        id is null ? null : qualifier is null ? $"{EventName}|{InstanceName}|{id}" : $"{EventName}|{InstanceName}|{id}|{qualifier}";

    /// <summary>Prints the event name and instance; the token as <c>***</c>, and neither the raw JSON nor the payload.</summary>
    /// <param name="builder">Where <c>ToString()</c> writes the members.</param>
    /// <returns><see langword="true"/>: members were written.</returns>
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append(CultureInfo.InvariantCulture, $"EventName = {EventName}, InstanceName = {InstanceName}, InstanceToken = {Redaction.Of(InstanceToken)}");
        return true;
    }
}

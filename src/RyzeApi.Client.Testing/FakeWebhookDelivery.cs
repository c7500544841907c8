namespace RyzeApi.Client.Testing;

/// <summary>One event the fake delivered (or tried to deliver) to a configured webhook.</summary>
public sealed record FakeWebhookDelivery
{
    /// <summary>Gets the webhook's label.</summary>
    public required string Label { get; init; }

    /// <summary>Gets the URL POSTed to (with the event name appended when <c>byEvents</c> is on).</summary>
    public required string Url { get; init; }

    /// <summary>Gets the event's name.</summary>
    public required string EventName { get; init; }

    /// <summary>Gets how many POSTs were made.</summary>
    public int Attempts { get; init; }

    /// <summary>Gets the last answer's status; <see langword="null"/> when the last attempt got no answer.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets whether an attempt was answered 2xx.</summary>
    public bool Succeeded { get; init; }
}

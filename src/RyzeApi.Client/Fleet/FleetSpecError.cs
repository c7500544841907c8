namespace RyzeApi.Client;

/// <summary>One problem in a fleet spec: where it is and what is wrong (never a secret's value).</summary>
public sealed record FleetSpecError
{
    /// <summary>The JSON path of the value, e.g. <c>$.instances.shop-a.proxy.port</c>.</summary>
    public required string Path { get; init; }

    /// <summary>What is wrong, e.g. <c>must be between 1 and 65535</c>.</summary>
    public required string Message { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}

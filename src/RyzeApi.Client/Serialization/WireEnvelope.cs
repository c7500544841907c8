namespace RyzeApi.Client.Serialization;

/// <summary>The fields every RyzeAPI response starts with: <c>{"success": ..., "message": ..., "error": {"message": ...}}</c>.</summary>
internal record WireEnvelope
{
    public bool? Success { get; init; }

    public string? Message { get; init; }

    public WireError? Error { get; init; }
}

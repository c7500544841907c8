namespace RyzeApi.Client.Serialization;

/// <summary>The <c>error</c> object of a failed response; RyzeAPI puts only a message in it.</summary>
internal sealed record WireError
{
    public string? Message { get; init; }
}

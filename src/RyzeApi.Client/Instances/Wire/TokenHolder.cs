namespace RyzeApi.Client.Instances.Wire;

/// <summary>The <c>data</c> object of a create answer, as the authentication guide shows it.</summary>
internal sealed record TokenHolder
{
    public string? Token { get; init; }
}

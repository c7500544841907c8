namespace RyzeApi.Client.Instances.Wire;

/// <summary>The <c>data</c> object of a create answer, as the authentication guide shows it.</summary>
internal sealed record TokenHolder
{
    public string? Token { get; init; }

    /// <summary>Only the type name: this record holds secrets, and a generated <c>ToString()</c> would print them.</summary>
    public override string ToString() => nameof(TokenHolder);
}

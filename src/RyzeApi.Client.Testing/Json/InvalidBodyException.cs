namespace RyzeApi.Client.Testing.Json;

/// <summary>Thrown when a request body is not JSON or a field has the wrong JSON type; answered 400 <c>Invalid request body</c>.</summary>
internal sealed class InvalidBodyException : Exception
{
    public InvalidBodyException()
        : base(Messages.InvalidBody)
    {
    }

    public InvalidBodyException(string message)
        : base(message)
    {
    }

    public InvalidBodyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

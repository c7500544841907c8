namespace RyzeApi.Client;

/// <summary>
/// Thrown by <see cref="RyzeEventParser"/> for input that is not a JSON object with a string <c>event</c>. The message
/// never quotes the input (it may hold the instance token).
/// </summary>
public sealed class RyzeEventFormatException : FormatException
{
    /// <summary>Creates the exception with the standard message.</summary>
    public RyzeEventFormatException()
        : this("The input is not a RyzeAPI event: a JSON object with a string 'event' property.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was wrong with the input.</param>
    public RyzeEventFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What was wrong with the input.</param>
    /// <param name="innerException">The JSON or encoding error.</param>
    public RyzeEventFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

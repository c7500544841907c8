namespace RyzeApi.Client;

/// <summary>A fleet spec could not be read: <see cref="Errors"/> lists every problem found, each with its JSON path.</summary>
public sealed class FleetSpecException : Exception
{
    /// <summary>Creates the exception for the problems found.</summary>
    /// <param name="errors">The problems, at least one.</param>
    public FleetSpecException(IReadOnlyList<FleetSpecError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Creates the exception with a message only (for serialization and tests).</summary>
    public FleetSpecException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public FleetSpecException(string message)
        : base(message) => Errors = [];

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FleetSpecException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<FleetSpecError> Errors { get; }

    private static string Describe(IReadOnlyList<FleetSpecError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 0
            ? "The fleet spec is invalid."
            : $"The fleet spec has {errors.Count} problem{(errors.Count == 1 ? "" : "s")}:{string.Concat(errors.Select(e => $"{Environment.NewLine}  {e}"))}";
    }
}

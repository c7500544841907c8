namespace RyzeApi.Client;

/// <summary>What <see cref="InstancesClient.EnsureAsync"/> found or did: the instance of that name, and whether this call created it.</summary>
public sealed record EnsureInstanceResult
{
    /// <summary>
    /// The instance: the create answer (token and the outcome of every block) when this call's create succeeded, otherwise
    /// the instance as listed (it existed, a 409, or it was found after an ambiguous create failure).
    /// </summary>
    public required Instance Instance { get; init; }

    /// <summary>
    /// <see langword="true"/> when this call created the instance: its create succeeded, was answered with a 2xx whose body
    /// could not be read, or failed without a clear answer and the instance found afterwards carries the custom
    /// <see cref="CreateInstanceRequest.Token"/> sent.
    /// <see langword="false"/> when the instance already existed (including a 409 on create) or could not be proven ours.
    /// </summary>
    public bool Created { get; init; }

    /// <summary>
    /// <see langword="true"/> when the create sent by this call failed without a clear answer (5xx, timeout, dropped
    /// connection) and the instance was then found by name. Unless <see cref="Created"/> is also <see langword="true"/>,
    /// it may have been created by this call or by someone else; send a custom token to tell the two apart.
    /// </summary>
    public bool Reconciled { get; init; }
}

namespace RyzeApi.Client.Testing;

/// <summary>Makes a random fraction of requests fail with 429 or 503, for load and resilience tests.</summary>
public sealed class FakeRandomFaults
{
    /// <summary>Gets or sets the fraction (0 to 1) of requests answered 429 with <c>X-RateLimit-Reset</c> about one second ahead.</summary>
    /// <value>0.</value>
    public double TooManyRequestsRatio { get; set; }

    /// <summary>Gets or sets the fraction (0 to 1) of requests answered 503.</summary>
    /// <value>0.</value>
    public double ServiceUnavailableRatio { get; set; }

    /// <summary>Gets or sets the seed of the random generator, for reproducible runs.</summary>
    /// <value><see langword="null"/>: a random seed.</value>
    public int? Seed { get; set; }
}

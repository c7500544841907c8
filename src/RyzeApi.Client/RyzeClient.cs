using RyzeApi.Client.Http;

namespace RyzeApi.Client;

/// <summary>
/// The entry point to RyzeAPI. Build one with <c>new RyzeClient(options)</c> or resolve it from DI after
/// <c>AddRyzeApiClient</c>; it is thread-safe and cheap to keep for the application's lifetime.
/// </summary>
public class RyzeClient
{
    /// <summary>Creates a client that talks to RyzeAPI over a shared, pooled connection handler.</summary>
    /// <param name="options">Base address, account token, timeouts and retry settings.</param>
    /// <exception cref="ArgumentException">The options are unusable (e.g. no account token); the message names the setting.</exception>
    public RyzeClient(RyzeClientOptions options)
        : this(options, TimeProvider.System)
    {
    }

    internal RyzeClient(RyzeClientOptions options, TimeProvider time)
        : this(RyzeHttpClientFactory.CreateApi(Checked(options), time), options, time)
    {
    }

    internal RyzeClient(IRyzeApi api, RyzeClientOptions options, TimeProvider time) =>
        Instances = new InstancesClient(new RyzeTransport(api, options, time));

    /// <summary>Creates a client for mocking; <see cref="Instances"/> is <see langword="null"/> unless overridden.</summary>
    protected RyzeClient() => Instances = null!;

    /// <summary>Manages WhatsApp instances.</summary>
    public virtual InstancesClient Instances { get; }

    private static RyzeClientOptions Checked(RyzeClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return options;
    }
}

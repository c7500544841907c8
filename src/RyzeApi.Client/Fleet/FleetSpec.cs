namespace RyzeApi.Client;

/// <summary>
/// The desired state of a fleet of instances (<c>ryze.fleet.json</c>): each instance by name with the blocks it should
/// have. Build one in code or read it with <see cref="Load"/> / <see cref="Parse(string)"/>, then hand it to
/// <c>client.Fleet.PlanAsync</c>.
/// </summary>
public sealed record FleetSpec
{
    /// <summary>The instances, by name, in the order they were declared.</summary>
    public required IReadOnlyDictionary<string, FleetInstanceSpec> Instances { get; init; }

    /// <summary>Whether instances of the account that are not in <see cref="Instances"/> are planned for deletion.</summary>
    /// <value>The default is <see langword="false"/>: instances not in the spec are left alone.</value>
    public bool Prune { get; init; }

    /// <summary>Reads a spec file; <c>"${NAME}"</c> references are replaced with environment variables. Nothing is sent.</summary>
    /// <param name="path">The path of the JSON file.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="FleetSpecException">The file has problems; every one is listed with its JSON path.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static FleetSpec Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path));
    }

    /// <summary>Reads a spec from JSON; <c>"${NAME}"</c> references are replaced with environment variables. Nothing is sent.</summary>
    /// <param name="json">The JSON text (comments and trailing commas are allowed).</param>
    /// <returns>The spec.</returns>
    /// <exception cref="FleetSpecException">The JSON has problems; every one is listed with its JSON path.</exception>
    public static FleetSpec Parse(string json) => Parse(json, Environment.GetEnvironmentVariable);

    /// <summary>The checks of a spec built in code, the same the instance methods make: names and blocks.</summary>
    internal void Validate(string paramName)
    {
        ArgumentNullException.ThrowIfNull(Instances, paramName);
        foreach (var (name, instance) in Instances)
        {
            InstanceName.Validate(name, paramName);
            ArgumentNullException.ThrowIfNull(instance, paramName);
            if (instance.Settings is { IsEmpty: true })
            {
                throw new ArgumentException($"The settings of '{name}' must set at least one field.", paramName);
            }

            instance.Proxy?.Validate(paramName);
            instance.S3?.Validate(paramName);
            instance.Chatwoot?.Validate(paramName);
            foreach (var (label, webhook) in instance.Webhooks ?? new Dictionary<string, WebhookConfig>())
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(label, paramName);
                ArgumentNullException.ThrowIfNull(webhook, paramName);
                webhook.Validate(paramName);
            }
        }
    }

    internal static FleetSpec Parse(string json, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new FleetSpecReader(environment).Read(json);
    }
}

namespace RyzeApi.Client;

/// <summary>Gives the <see cref="RyzeClient"/> of a named registration, for apps that talk to several RyzeAPI accounts.</summary>
public interface IRyzeClientFactory
{
    /// <summary>Returns the client registered as <paramref name="name"/> with <c>AddRyzeApiClient(name, ...)</c>.</summary>
    /// <param name="name">The registration name; <see cref="string.Empty"/> for the default registration.</param>
    /// <returns>The client, created once per name and shared.</returns>
    RyzeClient CreateClient(string name);
}

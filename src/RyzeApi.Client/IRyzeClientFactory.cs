namespace RyzeApi.Client;

/// <summary>Gives the <see cref="RyzeClient"/> of a named registration, for apps that talk to several RyzeAPI accounts.</summary>
public interface IRyzeClientFactory
{
    /// <summary>Returns the client registered as <paramref name="name"/> with <c>AddRyzeApiClient(name, ...)</c>.</summary>
    /// <param name="name">The registration name; <see cref="string.Empty"/> for the default registration.</param>
    /// <returns>The client, created once per name and shared.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No client is registered as <paramref name="name"/>; the message names it and the registered names.</exception>
    RyzeClient CreateClient(string name);
}

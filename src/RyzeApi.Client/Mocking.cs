namespace RyzeApi.Client;

/// <summary>What a client made with its protected constructor (a partner's test double) does when a member it did not override is called.</summary>
internal static class Mocking
{
    public static InvalidOperationException NotOverridden(object client) =>
        new($"This {client.GetType().Name} was made with its protected constructor, for mocking: override the member the test calls.");
}

namespace RyzeApi.Client;

/// <summary>Placeholder.</summary>
public static class Placeholder
{
    /// <summary>Answers.</summary>
    public static int Answer => 42;
}

namespace RyzeApi.Client.Tests.Reliability;

/// <summary>
/// A test that runs only when <c>RYZE_LOAD=1</c>: the load run takes about a minute, so CI runs it as its own step
/// (see docs/reliability.md) instead of twice inside the normal test run.
/// </summary>
public sealed class LoadFactAttribute : FactAttribute
{
    public LoadFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("RYZE_LOAD") != "1")
        {
            Skip = "The load run is a separate CI step: RYZE_LOAD=1 dotnet test tests/RyzeApi.Client.Tests --filter Category=Load";
        }
    }
}

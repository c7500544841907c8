namespace RyzeApi.Cli.Tests;

/// <summary>A StringWriter that tells the test each time a line is written, so a stream can be stopped once enough arrived.</summary>
public sealed class ObservedWriter(Action<string> onLine) : StringWriter
{
    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        onLine(ToString());
    }
}

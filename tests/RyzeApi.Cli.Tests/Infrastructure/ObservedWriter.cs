namespace RyzeApi.Cli.Tests;

/// <summary>
/// A StringWriter that hands the test everything written so far after each write (a QR code is drawn with Write, a JSON
/// line with WriteLine), so the test can act on what ryze shows, like a person at the terminal would.
/// </summary>
public sealed class ObservedWriter(Action<string> onWrite) : StringWriter
{
    // WriteLine is made of Writes: the test hears of the whole call once, when it is done.
    private int _depth;

    public override void Write(char value) => Observe(() => base.Write(value));

    public override void Write(string? value) => Observe(() => base.Write(value));

    public override void Write(char[] buffer, int index, int count) => Observe(() => base.Write(buffer, index, count));

    public override void WriteLine(string? value) => Observe(() => base.WriteLine(value));

    private void Observe(Action write)
    {
        _depth++;
        try
        {
            write();
        }
        finally
        {
            _depth--;
        }

        if (_depth == 0)
        {
            onWrite(ToString());
        }
    }
}

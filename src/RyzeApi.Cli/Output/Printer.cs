using System.Text.Encodings.Web;
using System.Text.Json.Serialization.Metadata;
using Spectre.Console;

namespace RyzeApi.Cli;

/// <summary>
/// Writes a command's data on stdout: the JSON form with <c>-o json</c>, else a table built from that same JSON
/// (flattened to dotted keys), so both formats always carry the same fields.
/// </summary>
internal sealed class Printer(Invocation invocation)
{
    public void Object<T>(T value, JsonTypeInfo<T> type)
    {
        var json = JsonSerializer.SerializeToElement(value, type);
        if (invocation.Json)
        {
            Json(json, indented: true);
            return;
        }

        var table = NewTable("FIELD", "VALUE");
        foreach (var (key, text) in Flatten(json, prefix: ""))
        {
            table.AddRow(Markup.Escape(key), Markup.Escape(text));
        }

        Ansi().Write(table);
    }

    public void List<T>(IReadOnlyList<T> items, JsonTypeInfo<IReadOnlyList<T>> type, params string[] columns)
    {
        var json = JsonSerializer.SerializeToElement(items, type);
        if (invocation.Json)
        {
            Json(json, indented: true);
            return;
        }

        var table = NewTable(columns.Select(column => column.ToUpperInvariant()).ToArray());
        foreach (var item in json.EnumerateArray())
        {
            var cells = Flatten(item, prefix: "").ToDictionary(pair => pair.Key, pair => pair.Value);
            table.AddRow(columns.Select(column => Markup.Escape(cells.GetValueOrDefault(column, ""))).ToArray());
        }

        Ansi().Write(table);
    }

    // Output goes to terminals and scripts, never into HTML: "+" in a timestamp stays "+", not "\u002B".
    private static readonly JavaScriptEncoder ForPeople = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>One JSON document on stdout; streams pass <paramref name="indented"/> false for one line per item.</summary>
    public void Json(JsonElement json, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = ForPeople }))
        {
            json.WriteTo(writer);
        }

        invocation.Console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public IAnsiConsole Ansi() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = invocation.Color && !invocation.Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = invocation.Color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(invocation.Console.Out),
    });

    private static Table NewTable(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        return table;
    }

    private static IEnumerable<(string Key, string Value)> Flatten(JsonElement json, string prefix)
    {
        if (json.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in json.EnumerateObject())
            {
                foreach (var pair in Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}"))
                {
                    yield return pair;
                }
            }

            yield break;
        }

        yield return (prefix, json.ValueKind switch
        {
            JsonValueKind.Array => string.Join(", ", json.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText())),
            JsonValueKind.String => json.GetString() ?? "",
            JsonValueKind.Null => "",
            _ => json.GetRawText(),
        });
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RyzeApi.Client.Testing.Json;

/// <summary>Strict, typed reads of a JSON object body: a field of the wrong JSON type is an invalid body, like the real (Go) server.</summary>
internal sealed class JsonBody(JsonObject json)
{
    public static async Task<JsonBody> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            return JsonNode.Parse(text) is JsonObject obj ? new JsonBody(obj) : throw new InvalidBodyException();
        }
        catch (JsonException ex)
        {
            throw new InvalidBodyException(Messages.InvalidBody, ex);
        }
    }

    public int Count => json.Count;

    /// <summary>True when the field is present and not JSON null.</summary>
    public bool Has(string name) => json[name] is not null;

    public string? String(string name) => Read(name, JsonValueKind.String, n => n.GetValue<string>());

    public bool? Bool(string name) => json[name] is { } node
        ? node.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? node.GetValue<bool>() : throw new InvalidBodyException()
        : null;

    public long? Long(string name) => Read(name, JsonValueKind.Number, n => n.GetValue<long>());

    public IReadOnlyList<string>? StringList(string name) => json[name] switch
    {
        null => null,
        JsonArray array => array.Select(item => item?.GetValueKind() == JsonValueKind.String
            ? item.GetValue<string>() : throw new InvalidBodyException()).ToList(),
        _ => throw new InvalidBodyException(),
    };

    private T? Read<T>(string name, JsonValueKind kind, Func<JsonNode, T> get)
    {
        if (json[name] is not { } node)
        {
            return default;
        }

        try
        {
            return node.GetValueKind() == kind ? get(node) : throw new InvalidBodyException();
        }
        catch (FormatException ex)
        {
            throw new InvalidBodyException(Messages.InvalidBody, ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidBodyException(Messages.InvalidBody, ex);
        }
    }
}

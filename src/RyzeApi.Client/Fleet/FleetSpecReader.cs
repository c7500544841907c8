using System.Text.Json;

namespace RyzeApi.Client;

/// <summary>Reads a fleet spec from a JSON tree (no reflection), collecting every problem with its path before failing once.</summary>
internal sealed partial class FleetSpecReader(Func<string, string?> environment)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private readonly List<FleetSpecError> _errors = [];
    private int _blockStart;

    public FleetSpec Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            // Our own words: the parser's message may quote the text around the error, which can be a secret.
            throw new FleetSpecException([new FleetSpecError { Path = "$", Message = $"is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})" }]);
        }

        using (document)
        {
            var spec = ReadRoot(document.RootElement);
            return _errors.Count == 0 ? spec : throw new FleetSpecException(_errors);
        }
    }

    private FleetSpec ReadRoot(JsonElement root)
    {
        var instances = new Dictionary<string, FleetInstanceSpec>(StringComparer.Ordinal);
        if (!IsObject(root, "$", FleetSpecKeys.Root))
        {
            return new FleetSpec { Instances = instances };
        }

        if (!root.TryGetProperty("instances", out var declared))
        {
            Error("$.instances", "is required");
        }
        else if (IsObject(declared, "$.instances", keys: null))
        {
            foreach (var instance in declared.EnumerateObject())
            {
                var path = Child("$.instances", instance.Name);
                CheckName(instance.Name, path);
                instances[instance.Name] = ReadInstance(instance.Value, path);
            }
        }

        return new FleetSpec { Instances = instances, Prune = Bool(root, "prune", "$") ?? false };
    }

    private FleetInstanceSpec ReadInstance(JsonElement instance, string path)
    {
        if (!IsObject(instance, path, FleetSpecKeys.Instance))
        {
            return new FleetInstanceSpec();
        }

        return new FleetInstanceSpec
        {
            Settings = Block(instance, "settings", path, FleetSpecKeys.Settings, ReadSettings),
            Proxy = Block(instance, "proxy", path, FleetSpecKeys.Proxy, ReadProxy),
            S3 = Block(instance, "s3", path, FleetSpecKeys.S3, ReadS3),
            Chatwoot = Block(instance, "chatwoot", path, FleetSpecKeys.Chatwoot, ReadChatwoot),
            Webhooks = Block(instance, "webhooks", path, keys: null, ReadWebhooks),
            WebSocket = Block(instance, "websocket", path, FleetSpecKeys.WebSocket, ReadWebSocket),
        };
    }

    /// <summary>A block when it is present and an object; <see langword="null"/> when absent or wrong (then recorded).</summary>
    private T? Block<T>(JsonElement parent, string key, string path, string[]? keys, Func<JsonElement, string, T> read)
        where T : class
    {
        if (!parent.TryGetProperty(key, out var value))
        {
            return null;
        }

        _blockStart = _errors.Count;
        return IsObject(value, Child(path, key), keys) ? read(value, Child(path, key)) : null;
    }

    private void CheckName(string name, string path)
    {
        try
        {
            InstanceName.Validate(name, nameof(name));
        }
        catch (ArgumentException e)
        {
            Error(path, WithoutParameter(e));
        }
    }

    /// <summary>
    /// Runs a block's own validation (the one the instance methods use) and records its complaint at the block's path;
    /// skipped when a field of the block was already reported, so one mistake is not told twice.
    /// </summary>
    private T Validated<T>(T block, string path, Action<T> validate)
    {
        if (_errors.Count > _blockStart)
        {
            return block;
        }

        try
        {
            validate(block);
        }
        catch (ArgumentException e)
        {
            Error(path, WithoutParameter(e));
        }

        return block;
    }

    private static string WithoutParameter(ArgumentException e) =>
        e.ParamName is { } name && e.Message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal)
            ? e.Message[..^($" (Parameter '{name}')".Length)]
            : e.Message;

    private void Error(string path, string message) => _errors.Add(new FleetSpecError { Path = path, Message = message });

    /// <summary>A JSON path step: <c>.name</c> for plain names, <c>['odd name']</c> otherwise.</summary>
    internal static string Child(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";
}

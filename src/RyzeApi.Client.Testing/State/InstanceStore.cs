namespace RyzeApi.Client.Testing.State;

/// <summary>The in-memory instances, keyed by name (case-sensitive); callers hold <see cref="Gate"/> while reading or writing.</summary>
internal sealed class InstanceStore(FakeRyzeServerOptions options)
{
    private readonly Dictionary<string, InstanceRecord> _byName = new(StringComparer.Ordinal);

    /// <summary>The lock that guards every instance and its records.</summary>
    public object Gate { get; } = new();

    public DateTimeOffset Now => options.TimeProvider.GetUtcNow();

    public int Count => _byName.Count;

    /// <summary>Told each <c>instance.state</c> change, in the event vocabulary (<c>pair_success</c>, <c>logged_out</c>…).</summary>
    public Action<InstanceRecord, string>? StateChanged { get; set; }

    public IEnumerable<InstanceRecord> All() => _byName.Values.Select(Refresh).OrderBy(r => r.CreatedAt).ThenBy(r => r.Name, StringComparer.Ordinal);

    public InstanceRecord? Find(string name) => _byName.TryGetValue(name, out var record) ? Refresh(record) : null;

    public InstanceRecord? FindByToken(string token) =>
        _byName.Values.FirstOrDefault(r => string.Equals(r.Token, token, StringComparison.Ordinal)) is { } r ? Refresh(r) : null;

    public bool NameOrTokenExists(string name, string token) =>
        _byName.ContainsKey(name) || _byName.Values.Any(r => string.Equals(r.Token, token, StringComparison.Ordinal));

    public void Add(InstanceRecord record) => _byName.Add(record.Name, record);

    public bool Remove(string name) => _byName.Remove(name);

    public void Clear() => _byName.Clear();

    /// <summary>Marks the instance paired, as if the user had scanned the QR or typed the pairing code.</summary>
    public void Pair(InstanceRecord record, string phoneNumber)
    {
        record.State = InstanceStates.Connected;
        record.ConnectingSince = null;
        record.NumberJid = $"{phoneNumber}@s.whatsapp.net";
        record.ProfileName ??= $"Fake {record.Name}";
        record.HasSavedSession = true;
        record.UpdatedAt = Now;
        StateChanged?.Invoke(record, "pair_success");
        StateChanged?.Invoke(record, InstanceStates.Connected);
    }

    /// <summary>Applies a pending auto-pairing once <see cref="FakeRyzeServerOptions.AutoPairAfter"/> has passed.</summary>
    private InstanceRecord Refresh(InstanceRecord record)
    {
        if (record.State == InstanceStates.Connecting && options.AutoPairAfter is { } after
            && record.ConnectingSince is { } since && Now - since >= after)
        {
            Pair(record, "5511999999999");
        }

        return record;
    }
}

using System.Globalization;

namespace RyzeApi.Client;

/// <summary>Collects the fields of one block that differ, formatted for review, plus the ones that cannot be compared.</summary>
internal sealed class FieldDiff
{
    public const string NotReturned = "(not returned)";

    private readonly List<FleetFieldChange> _fields = [];
    private readonly List<(string Field, string Shown)> _uncompared = [];

    public void Compare(string field, string? old, string? desired)
    {
        old = string.IsNullOrEmpty(old) ? null : old;
        desired = string.IsNullOrEmpty(desired) ? null : desired;
        if (!string.Equals(old, desired, StringComparison.Ordinal))
        {
            _fields.Add(new FleetFieldChange { Field = field, OldValue = Quoted(old), NewValue = Quoted(desired) });
        }
    }

    public void Compare(string field, bool? old, bool? desired)
    {
        if (desired is not null && old != desired)
        {
            _fields.Add(new FleetFieldChange { Field = field, OldValue = Text(old), NewValue = Text(desired) });
        }
    }

    public void Compare(string field, long? old, long? desired)
    {
        if (old != desired)
        {
            _fields.Add(new FleetFieldChange { Field = field, OldValue = Text(old), NewValue = Text(desired) });
        }
    }

    /// <summary>Event lists compare as sets, an empty list meaning all events.</summary>
    public void Events(string field, IReadOnlyList<string>? old, IReadOnlyList<string>? desired)
    {
        IReadOnlyList<string> Normal(IReadOnlyList<string>? events) =>
            events is null || events.Count == 0 || RyzeEvents.All.All(events.Contains) ? [] : events.Distinct().Order(StringComparer.Ordinal).ToList();

        var (from, to) = (Normal(old), Normal(desired));
        if (!from.SequenceEqual(to, StringComparer.Ordinal))
        {
            _fields.Add(new FleetFieldChange { Field = field, OldValue = List(from), NewValue = List(to) });
        }
    }

    /// <summary>A field RyzeAPI never returns: written when the block is, otherwise listed as not compared.</summary>
    public void Unreturned(string field, string? shown)
    {
        if (shown is not null)
        {
            _uncompared.Add((field, shown));
        }
    }

    /// <summary>The block change, or <see langword="null"/> (and its unreturned fields noted) when nothing differs.</summary>
    public FleetBlockChange? Finish(FleetBlock block, string? label, object desired, bool write, List<string> notCompared)
    {
        var change = new FleetBlockChange { Block = block, Label = label, Fields = _fields, Desired = desired };
        if (_fields.Count > 0 || (write && _uncompared.Count > 0))
        {
            _fields.AddRange(_uncompared.Select(u => new FleetFieldChange { Field = u.Field, OldValue = NotReturned, NewValue = u.Shown }));
            return change;
        }

        notCompared.AddRange(_uncompared.Select(u => $"{change.Key}.{u.Field}"));
        return null;
    }

    public static string? Quoted(string? value) => value is null ? null : $"\"{value}\"";

    public static string? Text(bool? value) => value switch { null => null, true => "true", false => "false" };

    public static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string List(IReadOnlyList<string> events) => events.Count == 0 ? "[all]" : $"[{string.Join(", ", events)}]";
}

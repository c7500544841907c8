using System.Text.Json.Nodes;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Json;

/// <summary>The <c>metrics</c> object: counts summed over the instances, first/last message as min/max.</summary>
internal static class MetricsJson
{
    public static JsonObject Build(string instance, IReadOnlyList<InstanceRecord> records)
    {
        var m = records.Select(r => r.Metrics).ToList();
        int Sum(Func<FakeMetrics, int> pick) => m.Sum(pick);
        var first = m.Where(x => x.FirstMessageAt is not null).Select(x => x.FirstMessageAt!.Value).DefaultIfEmpty().Min();
        var last = m.Where(x => x.LastMessageAt is not null).Select(x => x.LastMessageAt!.Value).DefaultIfEmpty().Max();
        var total = Sum(x => x.MessagesReceived + x.MessagesSent);
        return new JsonObject
        {
            ["instance"] = instance,
            ["totalMessages"] = total,
            ["messagesReceived"] = Sum(x => x.MessagesReceived),
            ["messagesSent"] = Sum(x => x.MessagesSent),
            ["messagesByType"] = Counts(m.Select(x => x.MessagesByType)),
            ["groupMessages"] = Sum(x => x.GroupMessages),
            ["individualMessages"] = total - Sum(x => x.GroupMessages),
            ["messagesWithMedia"] = Sum(x => x.MessagesWithMedia),
            ["mediaByType"] = Counts(m.Select(x => x.MediaByType)),
            ["messagesByStatus"] = Counts(m.Select(x => x.MessagesByStatus)),
            ["uniqueChats"] = Sum(x => x.UniqueChats),
            ["uniqueGroups"] = Sum(x => x.UniqueGroups),
            ["uniqueContacts"] = Sum(x => x.UniqueContacts),
            ["messagesLast7Days"] = Sum(x => x.MessagesLast7Days),
            ["messagesLast30Days"] = Sum(x => x.MessagesLast30Days),
            ["firstMessageAt"] = first == default ? null : InstanceJson.Timestamp(first),
            ["lastMessageAt"] = last == default ? null : InstanceJson.Timestamp(last),
        };
    }

    private static JsonObject Counts(IEnumerable<IReadOnlyDictionary<string, int>> maps)
    {
        var result = new JsonObject();
        foreach (var group in maps.SelectMany(d => d).GroupBy(kv => kv.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            result[group.Key] = group.Sum(kv => kv.Value);
        }

        return result;
    }
}

using System.Text.Json;

namespace RyzeApi.Client;

/// <summary>The parts every event shares, read once by <see cref="RyzeEventParser"/> and handed to the event's constructor.</summary>
internal readonly record struct EventEnvelope(string Name, string? InstanceName, string? InstanceToken, string RawJson, JsonElement Data);

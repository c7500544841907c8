using System.Net;
using System.Text.Json.Nodes;

namespace RyzeApi.Client.Testing.Tests.Infrastructure;

/// <summary>A response read in full: status, headers, raw text and parsed JSON.</summary>
public sealed record ApiResponse(HttpStatusCode Status, HttpResponseMessage Message, string Text)
{
    public JsonNode Json => JsonNode.Parse(Text) ?? throw new InvalidOperationException("Body is JSON null.");

    public string Header(string name) =>
        Message.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : throw new KeyNotFoundException(name);

    public bool HasHeader(string name) => Message.Headers.Contains(name);

    /// <summary>Asserts the exact documented error envelope and nothing else.</summary>
    public void ShouldBeError(HttpStatusCode status, string message)
    {
        Status.Should().Be(status, Text);
        Message.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        JsonNode.DeepEquals(Json, new JsonObject { ["success"] = false, ["error"] = new JsonObject { ["message"] = message } })
            .Should().BeTrue($"the body should be the bare error envelope, but was {Text}");
    }
}

using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RyzeApi.Client.Instances.Wire;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// What a careful engineer writes by hand: one long-lived <see cref="HttpClient"/>, the <c>token</c> header, the body
/// serialized once with source-generated System.Text.Json, <see cref="HttpCompletionOption.ResponseHeadersRead"/>, and the
/// answer deserialized from the response stream. It uses the SDK's wire records and JSON context so that both clients send
/// the same bytes and build the same objects: the difference is the SDK's pipeline and nothing else.
/// </summary>
internal sealed class HandWrittenClient(HttpClient http, string token)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static HttpClient CreateHttpClient(HttpMessageHandler handler, Uri baseAddress)
    {
        var http = new HttpClient(handler) { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("HandWritten", "1.0"));
        return http;
    }

    public async Task<Instance?> CreateAsync(CreateInstanceBody body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/instance/new");
        // Buffered, as the SDK sends it: a Content-Length, and a body a retry could resend.
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, RyzeJsonContext.Default.CreateInstanceBody));
        request.Content.Headers.ContentType = Json;
        var answer = await SendAsync(request, RyzeJsonContext.Default.CreateInstanceEnvelope, cancellationToken);
        return answer.Instance;
    }

    public async Task<IReadOnlyList<Instance>?> ListAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/instance/list");
        var answer = await SendAsync(request, RyzeJsonContext.Default.ListEnvelope, cancellationToken);
        return answer.Instances;
    }

    public async Task<InstanceSettings?> GetSettingsAsync(string name, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/instance/getSettings/" + Uri.EscapeDataString(name));
        var answer = await SendAsync(request, RyzeJsonContext.Default.SettingsEnvelope, cancellationToken);
        return answer.Settings;
    }

    public async Task<ConnectEnvelope> ConnectAsync(string name, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/instance/connect/" + Uri.EscapeDataString(name));
        return await SendAsync(request, RyzeJsonContext.Default.ConnectEnvelope, cancellationToken);
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : WireEnvelope
    {
        request.Headers.TryAddWithoutValidation("token", token);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return await ReadAsync(response, typeInfo, cancellationToken);
    }

    /// <summary>The hand-written reading of an answer, also for a response another client sent (the layer benchmarks). A ValueTask, so
    /// that splitting it out of <see cref="SendAsync{T}"/> adds no Task to the baseline.</summary>
    public static async ValueTask<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : WireEnvelope
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = await JsonSerializer.DeserializeAsync(body, RyzeJsonContext.Default.WireEnvelope, cancellationToken);
            throw new HandWrittenApiException(response.StatusCode, error?.Error?.Message);
        }

        var answer = await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken)
            ?? throw new JsonException("The response body is JSON null.");
        return answer.Success == false ? throw new HandWrittenApiException(response.StatusCode, answer.Error?.Message) : answer;
    }
}

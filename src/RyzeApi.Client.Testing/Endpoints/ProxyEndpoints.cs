using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary><c>GET /api/instance/getProxy/:instance</c> and <c>POST /api/instance/proxy/:instance</c>; the password is never returned.</summary>
internal static class ProxyEndpoints
{
    // SPEC is silent: the update response; we mirror getProxy with this message.
    public const string UpdatedMessage = "Proxy configuration updated successfully";

    private static readonly string[] Protocols = ["http", "https", "socks5"];

    public static Task GetAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, (record, _) => Ok("Proxy configuration retrieved successfully", record.Proxy));

    public static Task UpdateAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, readBody: true, action: (record, body) =>
        {
            if (Parse(body!, out var proxy) is { } error)
            {
                return error;
            }

            record.Proxy = proxy;
            record.UpdatedAt = fake.Now;
            return Ok(UpdatedMessage, proxy);
        });

    /// <summary>SPEC is silent on validation: <c>enabled</c> is required, <c>enabled:false</c> clears the proxy, enabled needs host and port.</summary>
    private static Reply? Parse(JsonBody body, out ProxyState proxy)
    {
        proxy = ProxyState.Disabled;
        var enabled = body.Bool("enabled");
        var (host, port, protocol) = (body.String("host"), body.String("port"), body.String("protocol"));
        var (username, password) = (body.String("username"), body.String("password"));
        if (enabled is null)
        {
            return Reply.Error(StatusCodes.Status400BadRequest, Messages.EnabledRequired);
        }

        if (enabled == false)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(host) || string.IsNullOrWhiteSpace(port))
        {
            return Reply.Error(StatusCodes.Status400BadRequest, Messages.ProxyHostRequired);
        }

        if (protocol is not null && !Protocols.Contains(protocol))
        {
            return Reply.Error(StatusCodes.Status400BadRequest, Messages.ProxyProtocolInvalid);
        }

        proxy = new ProxyState(true, host, port, protocol ?? "http", username, password);
        return null;
    }

    private static Reply Ok(string message, ProxyState proxy) =>
        Reply.Ok(new JsonObject { ["success"] = true, ["message"] = message, ["proxy"] = InstanceJson.Proxy(proxy) });
}

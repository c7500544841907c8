using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;
using RyzeApi.Client.Testing.Pipeline;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary><c>POST /api/instance/new</c>: account token only; 201 with the documented <c>instance</c> object.</summary>
internal static class CreateEndpoint
{
    public static async Task HandleAsync(HttpContext context, FakeContext fake)
    {
        var (body, invalid) = await Handler.TryReadBodyAsync(context).ConfigureAwait(false);
        Reply reply;
        lock (fake.Store.Gate)
        {
            reply = Authenticator.Authenticate(context, fake, accountOnly: true, out _)
                ?? (invalid ? Handler.InvalidBody() : Handler.Guard(() => Create(body!, fake)));
        }

        await reply.WriteAsync(context).ConfigureAwait(false);
    }

    private static Reply Create(JsonBody body, FakeContext fake)
    {
        var name = body.String("name");
        var token = body.String("token");
        var now = fake.Now;
        var record = new InstanceRecord
        {
            Id = Guid.NewGuid().ToString(),
            Name = name ?? "",
            Token = string.IsNullOrEmpty(token) ? Guid.NewGuid().ToString() : token,
            CreatedAt = now,
            UpdatedAt = now,
            Proxy = CreateBodyParser.Proxy(body),
            Webhook = CreateBodyParser.Webhook(body),
            Websocket = CreateBodyParser.Websocket(body),
            WebsocketConfigured = body.Has("websocketEnabled"),
            Chatwoot = CreateBodyParser.Chatwoot(body),
            Settings = CreateBodyParser.Settings(body),
            S3 = CreateBodyParser.S3(body),
        };
        if (string.IsNullOrWhiteSpace(name))
        {
            return Reply.Error(StatusCodes.Status400BadRequest, Messages.NameRequired);
        }

        if (fake.Store.Count >= fake.Options.InstanceQuota)
        {
            return Reply.Error(StatusCodes.Status403Forbidden, Messages.QuotaExceeded);
        }

        if (fake.Store.NameOrTokenExists(record.Name, record.Token) || record.Token == fake.Options.AccountToken)
        {
            return Reply.Error(StatusCodes.Status409Conflict, Messages.AlreadyExists);
        }

        fake.Store.Add(record);
        return Created(record, fake.Options.Quirks);
    }

    private static Reply Created(InstanceRecord record, FakeRyzeQuirks quirks)
    {
        var instance = InstanceJson.Created(record);
        var response = new JsonObject { ["success"] = true, ["message"] = "Instance created", ["instance"] = instance };
        if (quirks.TokenAtDataToken)
        {
            // The authentication guide's variant: the token only at data.token.
            instance.Remove("token");
            response["data"] = new JsonObject { ["token"] = record.Token };
        }

        return new Reply(quirks.CreateReturns200 ? StatusCodes.Status200OK : StatusCodes.Status201Created, response);
    }
}

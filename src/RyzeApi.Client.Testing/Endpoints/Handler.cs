using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;
using RyzeApi.Client.Testing.Pipeline;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary>The shared shape of the <c>/:instance</c> handlers: read the body, then under the lock authenticate, resolve and act.</summary>
internal static class Handler
{
    public static async Task ForInstanceAsync(
        HttpContext context, FakeContext fake, Func<InstanceRecord, JsonBody?, Reply> action, bool accountOnly = false, bool readBody = false)
    {
        var (body, invalid) = readBody ? await TryReadBodyAsync(context).ConfigureAwait(false) : (null, false);
        var name = context.Request.RouteValues["instance"] as string ?? "";
        Reply reply;
        lock (fake.Store.Gate)
        {
            reply = Authenticator.Resolve(context, fake, name, accountOnly, out var record)
                ?? (invalid ? InvalidBody() : Guard(() => action(record, body)));
        }

        await reply.WriteAsync(context).ConfigureAwait(false);
    }

    public static async Task<(JsonBody? Body, bool Invalid)> TryReadBodyAsync(HttpContext context)
    {
        try
        {
            return (await JsonBody.ReadAsync(context).ConfigureAwait(false), false);
        }
        catch (InvalidBodyException)
        {
            return (null, true);
        }
    }

    /// <summary>Runs an action that may find a field of the wrong JSON type; the action reads every field before it mutates state.</summary>
    public static Reply Guard(Func<Reply> action)
    {
        try
        {
            return action();
        }
        catch (InvalidBodyException)
        {
            return InvalidBody();
        }
    }

    public static Reply InvalidBody() => Reply.Error(StatusCodes.Status400BadRequest, Messages.InvalidBody);

    /// <summary>Answers a path without the instance name, as documented for connect (and applied to every <c>/:instance</c> route).</summary>
    public static Task MissingNameAsync(HttpContext context) =>
        Reply.Error(StatusCodes.Status400BadRequest, Messages.InstanceNameRequired).WriteAsync(context);
}

using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Pipeline;

/// <summary>The token rules: <c>token</c> header (or <c>Authorization: Bearer</c>, or <c>?token=</c> on <c>/ws</c>), account versus instance tokens, ownership.</summary>
internal static class Authenticator
{
    public static string? ReadToken(HttpContext context)
    {
        var token = context.Request.Headers["token"].ToString();
        if (!string.IsNullOrEmpty(token))
        {
            return token;
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7)
        {
            return authorization[7..].Trim();
        }

        // SPEC §1.2: ?token= exists for browser WebSockets, which cannot set headers; only the upgrade reads it.
        var query = context.Request.Path.StartsWithSegments("/ws") ? context.Request.Query["token"].ToString() : "";
        return string.IsNullOrEmpty(query) ? null : query;
    }

    /// <summary>Resolves the caller; call under the store lock. Returns an error reply, or null with <paramref name="caller"/> set.</summary>
    public static Reply? Authenticate(HttpContext context, FakeContext fake, bool accountOnly, out Caller caller)
    {
        caller = default;
        var token = ReadToken(context);
        // SPEC §2.3–§2.7, §2.9, §2.11, §2.12 list `Invalid token` for "token missing or invalid", and §2 gives it as
        // the common 401 of every :instance endpoint; the errors guide's `Missing token in header` is not on any of
        // them. SPEC is silent on the text for create (§2.1 names an invalid token only), list (no table) and metrics
        // (condition only): they answer the same, so one rule holds everywhere.
        if (token is null)
        {
            return Reply.Error(StatusCodes.Status401Unauthorized, Messages.InvalidToken);
        }

        if (string.Equals(token, fake.Options.AccountToken, StringComparison.Ordinal))
        {
            caller = new Caller(null);
            return null;
        }

        // Account-only endpoints (create, delete) answer an instance token like an unknown one, as documented for delete.
        if (accountOnly || fake.Store.FindByToken(token) is not { } instance)
        {
            return Reply.Error(StatusCodes.Status401Unauthorized, Messages.InvalidToken);
        }

        caller = new Caller(instance);
        return null;
    }

    /// <summary>Authenticates and finds the path's instance: 403 for another instance's token, 404 for an unknown name.</summary>
    public static Reply? Resolve(HttpContext context, FakeContext fake, string name, bool accountOnly, out InstanceRecord record)
    {
        record = null!;
        if (Authenticate(context, fake, accountOnly, out var caller) is { } error)
        {
            return error;
        }

        if (caller.Instance is { } own && !string.Equals(own.Name, name, StringComparison.Ordinal))
        {
            return Reply.Error(StatusCodes.Status403Forbidden, Messages.TokenMismatch);
        }

        if (fake.Store.Find(name) is not { } found)
        {
            return Reply.Error(StatusCodes.Status404NotFound, Messages.InstanceNotFound);
        }

        record = found;
        return null;
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary><c>GET /api/instance/getS3/:instance</c> (no <c>message</c>, <c>secretKey: null</c>) and <c>POST /api/instance/s3/:instance</c>.</summary>
internal static class S3Endpoints
{
    public static Task GetAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, (record, _) =>
            Reply.Ok(new JsonObject { ["success"] = true, ["s3"] = InstanceJson.S3WithNullSecret(record.S3) }));

    public static Task UpdateAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, readBody: true, action: (record, body) =>
        {
            var enabled = body!.Bool("enabled");
            var s3 = new S3State(
                true, body.String("region"), body.String("bucket"), body.String("accessKey"), body.String("secretKey"),
                body.String("endpoint"), body.String("pathPrefix"));

            // SPEC is silent: a body without "enabled"; we require it like the proxy update.
            if (enabled is null)
            {
                return Reply.Error(StatusCodes.Status400BadRequest, Messages.EnabledRequired);
            }

            // Documented: enabled:false clears every field (credentials deleted).
            record.S3 = enabled.Value ? s3 : S3State.Disabled;
            record.UpdatedAt = fake.Now;
            return Reply.Ok(new JsonObject
            {
                ["success"] = true, ["message"] = "S3 configuration updated", ["s3"] = InstanceJson.S3(record.S3),
            });
        });
}

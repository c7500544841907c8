using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Errors;

/// <summary>Error bodies larger than a snippet: the message is still read whole, and the snippet is cut in characters.</summary>
public sealed class ErrorBodyTests : IDisposable
{
    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task An_error_body_of_several_kilobytes_still_yields_its_error_message()
    {
        var message = "Validation failed: " + new string('x', 4000);
        _server.Respond("DELETE", "/api/instance/delete/sales", 400, $$$"""{"success":false,"error":{"message":"{{{message}}}"}}""");

        var error = await RyzeErrorFactoryTests.Catch(() => _server.Instances().DeleteAsync("sales"));

        error.Should().BeOfType<RyzeBadRequestException>().Which.ErrorMessage.Should().Be(message);
    }

    [Fact]
    public async Task A_long_error_body_in_a_two_byte_script_is_cut_to_512_characters_not_512_bytes()
    {
        _server.RespondRaw("GET", "/api/instance/getSettings/sales", 502, new string('é', 1000), "text/plain; charset=utf-8");

        var error = await RyzeErrorFactoryTests.Catch(() => _server.Instances().GetSettingsAsync("sales"));

        error.Details.BodySnippet.Should().Be(new string('é', 512));
    }
}

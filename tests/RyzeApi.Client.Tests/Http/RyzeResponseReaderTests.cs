using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Http;

/// <summary>How a 2xx answer's envelope is read: only an explicit <c>success: false</c> turns it into a failure.</summary>
public sealed class RyzeResponseReaderTests : IDisposable
{
    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_2xx_answer_without_a_success_field_is_read_as_its_payload()
    {
        _server.Respond("GET", "/api/instance/list", 200, """{"instances":[{"name":"sales","token":"a1b2","status":"disconnected"}]}""");

        var listed = await _server.Instances().ListAsync();

        listed.Should().ContainSingle().Which.Name.Should().Be("sales");
    }
}

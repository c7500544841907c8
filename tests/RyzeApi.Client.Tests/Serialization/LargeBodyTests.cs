using System.Text;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Serialization;

/// <summary>
/// Found by the load run: a list larger than one read buffer (about 18 instances) failed with "not the documented JSON",
/// because the tolerant converters called Utf8JsonReader.Skip, which throws on a partial buffer.
/// </summary>
public sealed class LargeBodyTests
{
    [Fact]
    public async Task A_list_larger_than_one_read_buffer_with_null_ports_and_unknown_settings_fields_is_read()
    {
        using var server = new RyzeTestServer();
        var instance = """
            {"name":"n{0}","token":"t","status":{"unexpected":true},"proxy":{"enabled":false,"host":null,"port":null},
             "settings":{"autoRejectCalls":true,"futureField":{"a":[1,2]},"callRejectMessage":"busy"},"createdAt":"2026-01-01T00:00:00Z"}
            """;
        var body = new StringBuilder("""{"success":true,"instances":[""");
        for (var i = 0; i < 200; i++)
        {
            body.Append(i == 0 ? string.Empty : ",").Append(instance.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        server.Respond("GET", "/api/instance/list", 200, body.Append("]}").ToString());

        var list = await server.Instances().ListAsync();

        list.Should().HaveCount(200);
        list[199].Name.Should().Be("n199");
        list[199].Proxy!.Port.Should().BeNull();
        list[199].Settings!.AutoRejectCalls.Should().BeTrue();
        list[199].Settings!.CallRejectMessage.Should().Be("busy");
    }
}

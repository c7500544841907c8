using System.Globalization;
using System.Text;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Instances;

public sealed class StreamingListTests
{
    [Fact]
    public async Task List_larger_than_one_read_buffer_with_null_and_unknown_enum_values_is_read_from_the_stream()
    {
        // Streamed bodies are parsed in chunks (never a final block until the end): tolerant enum fields holding null,
        // a number or an object must not break a list of documented size.
        const int count = 200;
        var items = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            items.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""
                {"name":"instance-{{i}}","status":{{(i % 3 == 0 ? "null" : i % 3 == 1 ? "42" : "{\"x\":[1,2]}")}},
                 "connection":{"state":"connected","numberJid":null},
                 "proxy":{"enabled":false,"host":null,"port":{{(i % 2 == 0 ? "null" : "{\"x\":[1]}")}},"protocol":null,"username":null},
                 "settings":{"autoRejectCalls":true,"future":{"nested":[1,{"a":2}]},"disableHistorySync":null},
                 "chatwoot":{"enabled":false,"status":null},"createdAt":"2026-04-28T10:30:00Z"}
                """);
        }

        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/list", 200, $$"""{"success":true,"message":"{{count}} Instances found","instances":[{{items}}]}""");
        var client = server.CreateClient();

        var listed = await client.Instances.ListAsync();

        listed.Should().HaveCount(count);
        listed[^1].Name.Should().Be($"instance-{count - 1}");
        listed.Should().OnlyContain(i => i.Status == InstanceState.Unknown && i.State == InstanceState.Connected);
        listed[0].Proxy!.Protocol.Should().Be(ProxyProtocol.Unknown);
        listed.Should().OnlyContain(i => i.Proxy!.Port == null && i.Settings!.AutoRejectCalls && i.Settings.DisableHistorySync);
    }
}

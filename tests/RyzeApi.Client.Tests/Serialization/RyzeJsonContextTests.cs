using System.Text;
using System.Text.Json;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Tests.Serialization;

public sealed class RyzeJsonContextTests
{
    [Theory]
    [InlineData("""{"instances":[{"webhook":{},"websocket":{},"settings":{}}]}""")]
    [InlineData("""{"instances":[{"name":null,"webhook":{"events":null},"websocket":{"events":null},"settings":{"callRejectMessage":null,"disableHistorySync":null}}]}""")]
    public void Missing_or_null_fields_keep_the_documented_defaults_of_the_public_types(string json)
    {
        var item = JsonSerializer.Deserialize(json, RyzeJsonContext.Default.ListEnvelope)!.Instances!.Single();

        item.Name.Should().BeEmpty();
        item.Webhook!.Events.Should().BeEmpty();
        item.WebSocket!.Events.Should().BeEmpty();
        item.Settings!.CallRejectMessage.Should().BeEmpty();
        item.Settings.DisableHistorySync.Should().BeTrue("SPEC §2.7 documents true as the default");
        item.Settings.Should().Be(new InstanceSettings());
    }

    [Fact]
    public void Settings_read_any_non_zero_number_as_true()
    {
        var answer = JsonSerializer.Deserialize(
            """{"settings":{"autoRejectCalls":2,"ignoreGroupMessages":-1,"autoReadMessages":0}}""",
            RyzeJsonContext.Default.SettingsEnvelope)!;

        (answer.Settings!.AutoRejectCalls, answer.Settings.IgnoreGroupMessages, answer.Settings.AutoReadMessages).Should().Be((true, true, false));
    }

    [Fact]
    public void Settings_read_flags_sent_as_strings_or_numbers_and_keep_defaults_for_other_shapes()
    {
        var answer = JsonSerializer.Deserialize(
            """{"settings":{"autoRejectCalls":"true","ignoreGroupMessages":1,"autoReadMessages":"yes","disableHistorySync":{"a":1}}}""",
            RyzeJsonContext.Default.SettingsEnvelope)!;

        (answer.Settings!.AutoRejectCalls, answer.Settings.IgnoreGroupMessages).Should().Be((true, true));
        (answer.Settings.AutoReadMessages, answer.Settings.DisableHistorySync).Should().Be((false, true), "the documented defaults");
    }

    [Fact]
    public void Settings_read_an_explicit_false_history_sync()
    {
        var answer = JsonSerializer.Deserialize("""{"settings":{"disableHistorySync":false}}""", RyzeJsonContext.Default.SettingsEnvelope)!;

        answer.Settings!.DisableHistorySync.Should().BeFalse();
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Settings_read_every_field_whether_names_are_plain_escaped_or_split_across_buffers(bool escaped, bool split)
    {
        var json = """
            {"settings":{"ignoreStatus":true,"autoRejectCalls":true,"keepOnlineStatus":true,"autoReadMessages":true,
            "callRejectMessage":"busy","disableHistorySync":false,"ignoreGroupMessages":true,"autoReadMessagez":false}}
            """;
        if (escaped)
        {
            // "\u0061" is 'a', "\u0069" is 'i', and so on: every escaped name still means the same field.
            json = json.Replace("\"a", "\"\\u0061", StringComparison.Ordinal).Replace("\"i", "\"\\u0069", StringComparison.Ordinal)
                .Replace("\"k", "\"\\u006b", StringComparison.Ordinal).Replace("\"c", "\"\\u0063", StringComparison.Ordinal)
                .Replace("\"d", "\"\\u0064", StringComparison.Ordinal);
        }

        var reader = split ? new Utf8JsonReader(Segments.OneBytePerSegment(Encoding.UTF8.GetBytes(json))) : new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var settings = JsonSerializer.Deserialize(ref reader, RyzeJsonContext.Default.SettingsEnvelope)!.Settings;

        settings.Should().Be(new InstanceSettings
        {
            IgnoreStatus = true,
            AutoRejectCalls = true,
            KeepOnlineStatus = true,
            AutoReadMessages = true,
            CallRejectMessage = "busy",
            DisableHistorySync = false,
            IgnoreGroupMessages = true,
        });
    }

    [Fact]
    public void Missing_metric_maps_read_as_empty()
    {
        var answer = JsonSerializer.Deserialize("""{"metrics":{}}""", RyzeJsonContext.Default.MetricsEnvelope)!;

        answer.Metrics!.MessagesByType.Should().BeEmpty();
        answer.Metrics.MediaByType.Should().BeEmpty();
        answer.Metrics.MessagesByStatus.Should().BeEmpty();
    }

    [Theory]
    [InlineData("1080", 1080)]
    [InlineData("\"1080\"", 1080)]
    [InlineData("\"\"", null)]
    [InlineData("null", null)]
    [InlineData("\"auto\"", null)]
    public void Proxy_port_reads_numbers_numeric_strings_and_empty_values(string port, int? expected)
    {
        var answer = JsonSerializer.Deserialize($$$"""{"proxy":{"enabled":true,"port":{{{port}}}}}""", RyzeJsonContext.Default.ProxyEnvelope)!;

        answer.Proxy!.Port.Should().Be(expected);
    }

    [Fact]
    public void Request_bodies_leave_out_unset_fields()
    {
        var json = JsonSerializer.Serialize(new RyzeApi.Client.Instances.Wire.SettingsBody { AutoReadMessages = true }, RyzeJsonContext.Default.SettingsBody);

        json.Should().Be("""{"autoReadMessages":true}""");
    }
}

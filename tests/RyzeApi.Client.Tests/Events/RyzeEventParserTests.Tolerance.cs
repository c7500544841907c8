using System.Text;

namespace RyzeApi.Client.Tests.Events;

/// <summary>What the parser tolerates (missing and oddly shaped fields) and the one input it refuses.</summary>
public sealed partial class RyzeEventParserTests
{
    [Fact]
    public void Missing_and_oddly_shaped_fields_read_as_absent()
    {
        var bare = (InstanceStateEvent)RyzeEventParser.Parse("""{"event":"instance.state"}""");
        var odd = (MessageExchangeEvent)RyzeEventParser.Parse("""{"event":"message.exchange","data":[1],"instanceData":"x"}""");
        var wrongTypes = (MessageExchangeEvent)RyzeEventParser.Parse(Envelope("message.exchange", """{"message":{"id":{"x":1},"direction":5,"timestamp":"yesterday","chat":7,"media":"none"}}"""));

        (bare.State, bare.RawState, bare.InstanceName, bare.InstanceToken).Should().Be((InstanceState.Unknown, (string?)null, (string?)null, (string?)null));
        (odd.MessageId, odd.InstanceName).Should().Be(((string?)null, (string?)null));
        (wrongTypes.MessageId, wrongTypes.Direction, wrongTypes.Timestamp, wrongTypes.Chat, wrongTypes.Media)
            .Should().Be(((string?)null, MessageDirection.Unknown, (DateTimeOffset?)null, (MessageChat?)null, (MessageMedia?)null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("\"message.exchange\"")]
    [InlineData("{}")]
    [InlineData("""{"event":1}""")]
    [InlineData("""{"event":null}""")]
    [InlineData("""{"Event":"message.exchange"}""")]
    [InlineData("""{"event":"message.exchange","token":"inst-token-sentinel-7f3a" """)]
    [InlineData("""{"event":"message.exchange"} {"event":"message.exchange"}""")]
    public void Only_input_that_is_not_an_object_with_a_string_event_throws(string input)
    {
        var fromString = () => RyzeEventParser.Parse(input);
        var fromBytes = () => RyzeEventParser.Parse(Encoding.UTF8.GetBytes(input).AsMemory().Span);

        fromString.Should().Throw<RyzeEventFormatException>().Which.Message.Should().NotContain(Token);
        fromBytes.Should().Throw<RyzeEventFormatException>().Which.Message.Should().NotContain(Token);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_throw_the_format_exception()
    {
        byte[] input = [.. Encoding.UTF8.GetBytes("{\"event\":\"x\",\"data\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")];

        var parse = () => RyzeEventParser.Parse(input);

        parse.Should().Throw<RyzeEventFormatException>().WithInnerException<DecoderFallbackException>();
    }

    [Fact]
    public void Null_text_is_an_argument_error()
    {
        var parse = () => RyzeEventParser.Parse((string)null!);

        parse.Should().Throw<ArgumentNullException>().WithParameterName("json");
    }
}

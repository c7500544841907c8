namespace RyzeApi.Client.Tests.Events;

public sealed class MessageDeliveryOrderTests
{
    [Theory]
    [InlineData(MessageDeliveryStatus.Delivered, MessageDeliveryStatus.Unknown, true)]
    [InlineData(MessageDeliveryStatus.Read, MessageDeliveryStatus.Delivered, true)]
    [InlineData(MessageDeliveryStatus.Played, MessageDeliveryStatus.Read, true)]
    [InlineData(MessageDeliveryStatus.Delivered, MessageDeliveryStatus.Sender, true)]
    [InlineData(MessageDeliveryStatus.Delivered, MessageDeliveryStatus.ServerError, true)]
    [InlineData(MessageDeliveryStatus.Delivered, MessageDeliveryStatus.Read, false)]
    [InlineData(MessageDeliveryStatus.Read, MessageDeliveryStatus.Played, false)]
    [InlineData(MessageDeliveryStatus.Read, MessageDeliveryStatus.Read, false)]
    [InlineData(MessageDeliveryStatus.ReadSelf, MessageDeliveryStatus.Read, false)]
    [InlineData(MessageDeliveryStatus.Retry, MessageDeliveryStatus.Delivered, false)]
    [InlineData(MessageDeliveryStatus.Unknown, MessageDeliveryStatus.Unknown, false)]
    [InlineData(MessageDeliveryStatus.Unknown, MessageDeliveryStatus.Delivered, false)]
    public void A_status_supersedes_only_one_it_is_strictly_further_along_than(MessageDeliveryStatus incoming, MessageDeliveryStatus stored, bool expected)
    {
        MessageDeliveryOrder.Supersedes(incoming, stored).Should().Be(expected);
    }

    [Fact]
    public void A_late_delivered_receipt_does_not_overwrite_read()
    {
        var late = (MessageStatusEvent)RyzeEventParser.Parse("""{"event":"message.status","data":{"id":"m","status":"delivered"}}""");

        late.Supersedes(MessageDeliveryStatus.Read).Should().BeFalse();
        late.Supersedes(MessageDeliveryStatus.Sender).Should().BeTrue();
    }
}

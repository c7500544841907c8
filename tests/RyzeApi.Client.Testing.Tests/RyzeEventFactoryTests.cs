namespace RyzeApi.Client.Testing.Tests;

/// <summary>The factory's events read back as the typed values asked for, through the SDK's own parser.</summary>
public sealed class RyzeEventFactoryTests
{
    [Fact]
    public void A_received_message_carries_its_text_sender_direction_and_id()
    {
        var message = RyzeEventFactory.MessageReceived("sales", "hello", from: "5511988887777", messageId: "m-1");

        (message.InstanceName, message.Text, message.Direction, message.MessageId, message.Sender!.Jid, message.Chat!.Kind)
            .Should().Be(("sales", "hello", MessageDirection.Incoming, "m-1", "5511988887777", ChatKind.Private));
        RyzeEventParser.Parse(message.RawJson).Should().BeOfType<MessageExchangeEvent>().Which.DeduplicationKey.Should().Be("message.exchange|sales|m-1");
    }

    [Theory]
    [InlineData(InstanceState.QrReady, "qr_ready")]
    [InlineData(InstanceState.PairSuccess, "pair_success")]
    [InlineData(InstanceState.LoggedOut, "logged_out")]
    [InlineData(InstanceState.TempBanned, "temp_banned")]
    [InlineData(InstanceState.Connected, "connected")]
    public void State_events_use_the_event_vocabulary(InstanceState state, string wire)
    {
        var stateEvent = RyzeEventFactory.InstanceState("sales", state);

        (stateEvent.State, stateEvent.RawState).Should().Be((state, wire));
    }

    [Theory]
    [InlineData(MessageDeliveryStatus.Read)]
    [InlineData(MessageDeliveryStatus.ReadSelf)]
    [InlineData(MessageDeliveryStatus.ServerError)]
    public void Receipts_read_back_as_their_status(MessageDeliveryStatus status)
    {
        RyzeEventFactory.MessageStatus("sales", "m-1", status).Status.Should().Be(status);
    }

    [Fact]
    public void Calls_groups_and_labels_read_back_as_built()
    {
        var call = RyzeEventFactory.CallUpdate("sales", CallUpdateKind.Rejected, from: "5511977776666");
        var group = RyzeEventFactory.GroupFlow("sales", "1203@g.us", GroupFlowAction.Promoted, "5511@s.whatsapp.net");
        var label = RyzeEventFactory.LabelUpdate("sales", "7", "VIP");

        (call.Kind, call.From).Should().Be((CallUpdateKind.Rejected, "5511977776666"));
        (group.Action, group.GroupJid, group.Participants.Single()).Should().Be((GroupFlowAction.Promoted, "1203@g.us", "5511@s.whatsapp.net"));
        (label.LabelId, label.Name, label.Action).Should().Be(("7", "VIP", "add"));
        label.InstanceToken.Should().Be(RyzeEventFactory.DefaultInstanceToken);
    }
}

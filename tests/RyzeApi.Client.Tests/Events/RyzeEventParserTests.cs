using System.Text;

namespace RyzeApi.Client.Tests.Events;

/// <summary>The envelope and payload examples of the events pages (SPEC §3.2–3.3, §6), read into typed events.</summary>
public sealed partial class RyzeEventParserTests
{
    private const string Token = "inst-token-sentinel-7f3a";

    // SPEC §3.2, verbatim, JavaScript comment included.
    private const string DocumentedEnvelope = """
        {
          "event": "message.exchange",
          "data": { /* event-specific payload */ },
          "instanceData": {
            "baseUrl": "https://api.example.com",
            "instance": "$Instance_Name",
            "token": "<instance-token>"
          }
        }
        """;

    // SPEC §3.3's message.exchange payload, as far as the docs show it (one value picked where they list the choices).
    private const string DocumentedMessage = """
        {"event":"message.exchange","data":{
          "id": "wamid.msg.123",
          "message": {
            "id": "wamid.msg.123",
            "direction": "incoming",
            "timestamp": "2026-04-28T10:30:00Z",
            "chat": { "jid": "5511999999999", "lid": "100@s.whatsapp.net", "name": "João Silva", "type": "group", "isCommunity": true },
            "sender": { "jid": "5511999999999", "lid": "100@s.whatsapp.net", "name": "João Silva" },
            "content": { "text": "Hello" },
            "media": {
              "type": "ptt",
              "url": "https://media-...whatsapp.net/...",
              "s3Url": "https://bucket.s3.amazonaws.com/...",
              "base64": "iVBORw0KGgo...",
              "mimetype": "image/jpeg"
            }}},
          "instanceData":{"baseUrl":"https://api.example.com","instance":"sales","token":"inst-token-sentinel-7f3a"}}
        """;

    private static string Envelope(string eventName, string data) =>
        $$$"""{"event":"{{{eventName}}}","data":{{{data}}},"instanceData":{"baseUrl":"https://api.example.com","instance":"sales","token":"{{{Token}}}"}}""";

    [Fact]
    public void The_documented_envelope_reads_as_a_message_exchange_of_its_instance()
    {
        var parsed = RyzeEventParser.Parse(DocumentedEnvelope);

        var message = parsed.Should().BeOfType<MessageExchangeEvent>().Subject;
        message.EventName.Should().Be("message.exchange");
        message.InstanceName.Should().Be("$Instance_Name");
        message.InstanceToken.Should().Be("<instance-token>");
        message.RawJson.Should().Be(DocumentedEnvelope);
        message.MessageId.Should().BeNull();
        message.DeduplicationKey.Should().BeNull();
        message.Direction.Should().Be(MessageDirection.Unknown);
    }

    [Fact]
    public void The_documented_message_payload_reads_into_typed_members()
    {
        var message = (MessageExchangeEvent)RyzeEventParser.Parse(Encoding.UTF8.GetBytes(DocumentedMessage));

        message.MessageId.Should().Be("wamid.msg.123");
        message.Direction.Should().Be(MessageDirection.Incoming);
        message.Timestamp.Should().Be(new DateTimeOffset(2026, 4, 28, 10, 30, 0, TimeSpan.Zero));
        message.Chat.Should().Be(new MessageChat { Jid = "5511999999999", Lid = "100@s.whatsapp.net", Name = "João Silva", Kind = ChatKind.Group, IsCommunity = true });
        message.Sender.Should().Be(new MessageSender { Jid = "5511999999999", Lid = "100@s.whatsapp.net", Name = "João Silva" });
        message.Text.Should().Be("Hello");
        message.Media.Should().Be(new MessageMedia
        {
            Kind = MediaKind.VoiceNote, Url = "https://media-...whatsapp.net/...", S3Url = "https://bucket.s3.amazonaws.com/...",
            Base64 = "iVBORw0KGgo...", MimeType = "image/jpeg",
        });
        message.IsEdit.Should().BeFalse();
        message.IsRevoked.Should().BeFalse();
        message.InstanceName.Should().Be("sales");
        message.RawJson.Should().Be(DocumentedMessage);
        message.DeduplicationKey.Should().Be("message.exchange|sales|wamid.msg.123");
        message.Data.GetProperty("message").GetProperty("chat").GetProperty("name").GetString().Should().Be("João Silva");
    }

    [Fact]
    public void Revocations_and_edits_are_flagged()
    {
        var revoke = (MessageExchangeEvent)RyzeEventParser.Parse(Envelope("message.exchange", """{"message":{"id":"m2","type":"message_revoke"}}"""));
        var edit = (MessageExchangeEvent)RyzeEventParser.Parse(Envelope("message.exchange", """{"message":{"id":"m3","edit":{"id":"m1"},"content":{"text":"fixed"}}}"""));
        var notEdit = (MessageExchangeEvent)RyzeEventParser.Parse(Envelope("message.exchange", """{"message":{"id":"m4","edit":null}}"""));

        (revoke.IsRevoked, revoke.IsEdit, revoke.MessageType).Should().Be((true, false, "message_revoke"));
        (edit.IsRevoked, edit.IsEdit, edit.Text).Should().Be((false, true, "fixed"));
        notEdit.IsEdit.Should().BeFalse();
    }

    [Theory]
    [InlineData("delivered", MessageDeliveryStatus.Delivered)]
    [InlineData("read", MessageDeliveryStatus.Read)]
    [InlineData("played", MessageDeliveryStatus.Played)]
    [InlineData("sender", MessageDeliveryStatus.Sender)]
    [InlineData("read_self", MessageDeliveryStatus.ReadSelf)]
    [InlineData("played_self", MessageDeliveryStatus.PlayedSelf)]
    [InlineData("retry", MessageDeliveryStatus.Retry)]
    [InlineData("inactive", MessageDeliveryStatus.Inactive)]
    [InlineData("server_error", MessageDeliveryStatus.ServerError)]
    [InlineData("delivered_somehow", MessageDeliveryStatus.Unknown)]
    public void Every_documented_delivery_status_has_its_own_value(string wire, MessageDeliveryStatus expected)
    {
        var status = (MessageStatusEvent)RyzeEventParser.Parse(Envelope("message.status", $$$"""{"id":"wamid.1","status":"{{{wire}}}","chat":{"jid":"5511999999999"}}"""));

        status.Status.Should().Be(expected);
        status.RawStatus.Should().Be(wire);
        status.MessageId.Should().Be("wamid.1");
        status.ChatJid.Should().Be("5511999999999");
        status.DeduplicationKey.Should().Be($"message.status|sales|wamid.1|{wire}");
    }

    [Fact]
    public void A_receipt_for_several_messages_lists_every_id()
    {
        var status = (MessageStatusEvent)RyzeEventParser.Parse(Envelope("message.status", """{"messageIds":["a","b"],"status":"read"}"""));

        status.MessageIds.Should().Equal("a", "b");
        status.MessageId.Should().Be("a");
    }

    [Theory]
    [InlineData("offer", CallUpdateKind.Offer)]
    [InlineData("accepted", CallUpdateKind.Accepted)]
    [InlineData("rejected", CallUpdateKind.Rejected)]
    [InlineData("terminated", CallUpdateKind.Terminated)]
    [InlineData("notification", CallUpdateKind.Notification)]
    [InlineData("latency", CallUpdateKind.Latency)]
    [InlineData("ringing-ish", CallUpdateKind.Unknown)]
    public void Every_documented_call_update_has_its_own_value(string wire, CallUpdateKind expected)
    {
        var call = (CallUpdateEvent)RyzeEventParser.Parse(Envelope("call.update", $$"""{"id":"call-9","type":"{{wire}}","from":"5511988887777","isVideo":true}"""));

        (call.Kind, call.RawKind, call.CallId, call.From, call.IsVideo).Should().Be((expected, wire, "call-9", "5511988887777", true));
    }

    [Theory]
    [InlineData("joined", GroupFlowAction.Joined)]
    [InlineData("left", GroupFlowAction.Left)]
    [InlineData("promoted", GroupFlowAction.Promoted)]
    [InlineData("demoted", GroupFlowAction.Demoted)]
    [InlineData("topic", GroupFlowAction.MetadataChanged)]
    [InlineData("archived", GroupFlowAction.Unknown)]
    public void Group_flow_reads_the_documented_actions_and_participants(string wire, GroupFlowAction expected)
    {
        var group = (GroupFlowEvent)RyzeEventParser.Parse(Envelope("group.flow", $$"""{"jid":"1203@g.us","action":"{{wire}}","participants":["5511@s.whatsapp.net",{"jid":"5522@s.whatsapp.net"}]}"""));

        (group.Action, group.RawAction, group.GroupJid).Should().Be((expected, wire, "1203@g.us"));
        group.Participants.Should().Equal("5511@s.whatsapp.net", "5522@s.whatsapp.net");
    }

    [Theory]
    [InlineData("connected", InstanceState.Connected)]
    [InlineData("qr_ready", InstanceState.QrReady)]
    [InlineData("temp_banned", InstanceState.TempBanned)]
    [InlineData("logged_out", InstanceState.LoggedOut)]
    [InlineData("pair_success", InstanceState.PairSuccess)]
    [InlineData("loggedout", InstanceState.LoggedOut)]
    [InlineData("qr", InstanceState.QrReady)]
    [InlineData("disconnected", InstanceState.Disconnected)]
    [InlineData("hibernating", InstanceState.Unknown)]
    public void Instance_state_maps_both_vocabularies_onto_one(string wire, InstanceState expected)
    {
        var state = (InstanceStateEvent)RyzeEventParser.Parse(Envelope("instance.state", $$"""{"state":"{{wire}}","timestamp":1767225600,"jid":"5511999999999@s.whatsapp.net"}"""));

        (state.State, state.RawState, state.Jid).Should().Be((expected, wire, "5511999999999@s.whatsapp.net"));
        state.Timestamp.Should().Be(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        state.DeduplicationKey.Should().BeNull();
    }

    [Fact]
    public void Label_update_reads_flat_or_nested_label_fields()
    {
        var flat = (LabelUpdateEvent)RyzeEventParser.Parse(Envelope("label.update", """{"id":"7","name":"VIP","action":"add"}"""));
        var nested = (LabelUpdateEvent)RyzeEventParser.Parse(Envelope("label.update", """{"label":{"id":8,"name":"Lead"}}"""));

        (flat.LabelId, flat.Name, flat.Action).Should().Be(("7", "VIP", "add"));
        (nested.LabelId, nested.Name, nested.Action).Should().Be(("8", "Lead", (string?)null));
    }

    [Fact]
    public void An_unknown_event_name_keeps_its_name_payload_and_raw_json()
    {
        var json = Envelope("poll.vote", """{"pollId":"p1"}""");

        var parsed = RyzeEventParser.Parse(json);

        var unknown = parsed.Should().BeOfType<UnknownRyzeEvent>().Subject;
        (unknown.EventName, unknown.InstanceName, unknown.RawJson).Should().Be(("poll.vote", "sales", json));
        unknown.Data.GetProperty("pollId").GetString().Should().Be("p1");
    }

    [Fact]
    public void Bytes_and_text_give_the_same_event_and_raw_json()
    {
        var fromText = (MessageExchangeEvent)RyzeEventParser.Parse(DocumentedMessage);
        var fromBytes = (MessageExchangeEvent)RyzeEventParser.Parse(Encoding.UTF8.GetBytes(DocumentedMessage).AsSpan());

        fromBytes.RawJson.Should().Be(fromText.RawJson);
        fromBytes.ToString().Should().Be(fromText.ToString());
    }

    [Fact]
    public void ToString_prints_the_event_but_never_the_instance_token_or_raw_json()
    {
        var parsed = RyzeEventParser.Parse(DocumentedMessage);

        var text = parsed.ToString();

        text.Should().NotContain(Token).And.NotContain("iVBORw0KGgo").And.NotContain("baseUrl");
        text.Should().StartWith("MessageExchangeEvent { EventName = message.exchange, InstanceName = sales, InstanceToken = ***, MessageId = wamid.msg.123,");
        text.Should().Contain("Base64 = (14 chars)");
    }
}

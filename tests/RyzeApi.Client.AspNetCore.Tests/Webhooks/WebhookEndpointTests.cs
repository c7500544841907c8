using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using RyzeApi.Client.AspNetCore.Tests.Infrastructure;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.AspNetCore.Tests.Webhooks;

public sealed class WebhookEndpointTests
{
    private static readonly MessageExchangeEvent Hello = RyzeEventFactory.MessageReceived("sales", "hello", messageId: "MSG-1", instanceToken: "inst-token-123");

    private static Task<ReceiverHost> StartAsync(Action<RyzeWebhookOptions>? options = null, bool kestrel = false) =>
        ReceiverHost.StartAsync(
            services => services.AddRyzeEventHandler<MessageExchangeEvent, MessageHandler>().AddRyzeEventHandler<UnknownRyzeEvent, UnknownHandler>(),
            options ?? (_ => { }),
            kestrel: kestrel);

    [Fact]
    public async Task An_authorized_delivery_reaches_its_handler_and_is_answered_200()
    {
        await using var host = await StartAsync();

        using var response = await host.PostAsync(Hello);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Received.Calls.Should().ContainSingle();
        var (handler, ryzeEvent, context) = host.Received.Calls[0];
        handler.Should().Be(nameof(MessageHandler));
        ryzeEvent.Should().BeOfType<MessageExchangeEvent>().Which.Text.Should().Be("hello");
        context.Should().Be(new RyzeEventContext(RyzeEventTransport.Webhook, "sales", IsRedelivery: false));
    }

    [Theory]
    [InlineData("Bearer hook-secret-2")]
    [InlineData("Bearer hook-secret-10")]
    [InlineData("bearer hook-secret-1")]
    [InlineData("Bearer hook-secret")]
    public async Task A_wrong_authorization_is_answered_401_and_reaches_no_handler(string authorization)
    {
        await using var host = await StartAsync();

        using var response = await host.PostAsync(Hello, authorization);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
        host.Received.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_authorization_is_answered_401()
    {
        await using var host = await StartAsync();

        using var response = await host.PostAsync(Hello, authorization: null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        host.Received.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task During_a_rotation_the_old_and_the_new_value_are_both_accepted()
    {
        await using var host = await StartAsync(o => o.AcceptedAuthorizations.Add("Bearer hook-secret-2"));

        using var old = await host.PostAsync(Hello, ReceiverHost.Secret);
        using var rotated = await host.PostAsync(RyzeEventFactory.MessageReceived("sales", "again", messageId: "MSG-2"), "Bearer hook-secret-2");
        using var other = await host.PostAsync(Hello, "Bearer hook-secret-3");

        (old.StatusCode, rotated.StatusCode, other.StatusCode).Should().Be((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized));
        host.Received.Calls.Select(c => ((MessageExchangeEvent)c.Event).Text).Should().Equal("hello", "again");
    }

    [Fact]
    public async Task A_body_declared_over_the_cap_is_answered_413()
    {
        await using var host = await StartAsync(o => o.MaxBodySize = 64);

        using var response = await host.PostAsync(Hello);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        host.Received.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_chunked_body_over_the_cap_is_answered_413_after_reading_little_more_than_the_cap()
    {
        await using var host = await StartAsync(o => o.MaxBodySize = 1024);
        var body = new CountingStream(Encoding.UTF8.GetBytes("{\"event\":\"message.exchange\",\"data\":\"" + new string('a', 1024 * 1024) + "\"}"));

        using var response = await host.PostAsync(new StreamContent(body));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        body.BytesRead.Should().BeLessThan(256 * 1024);
        host.Received.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task Kestrel_answers_413_to_a_chunked_body_over_the_cap()
    {
        await using var host = await StartAsync(o => o.MaxBodySize = 1024, kestrel: true);
        var body = "{\"event\":\"message.exchange\",\"data\":\"" + new string('a', 64 * 1024) + "\"}";

        using var response = await host.PostAsync(new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(body))));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Headers.ConnectionClose.Should().BeTrue();
        host.Received.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_body_at_the_cap_is_read()
    {
        await using var host = await StartAsync(o => o.MaxBodySize = Encoding.UTF8.GetByteCount(Hello.RawJson));

        using var response = await host.PostAsync(Hello);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Received.Calls.Should().ContainSingle();
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("{\"data\":{}}")]
    [InlineData("[{\"event\":\"message.exchange\"}]")]
    public async Task A_body_that_is_not_an_event_is_answered_400(string body)
    {
        await using var host = await StartAsync();

        using var response = await host.PostAsync(body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        host.Received.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_by_events_path_naming_the_body_event_is_handled()
    {
        await using var host = await StartAsync();

        using var response = await host.PostAsync(Hello, path: "/ryze/message.exchange");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Received.Handlers.Should().Equal(nameof(MessageHandler));
    }

    [Fact]
    public async Task A_by_events_path_naming_another_event_is_answered_400()
    {
        await using var host = await StartAsync();

        using var response = await host.PostAsync(Hello, path: "/ryze/message.status");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        host.Received.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_event_is_answered_200_and_reaches_the_unknown_event_handlers()
    {
        await using var host = await StartAsync();

        using var response = await host.PostAsync("{\"event\":\"poll.vote\",\"data\":{\"id\":\"P1\"},\"instanceData\":{\"instance\":\"sales\"}}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Received.Calls.Should().ContainSingle().Which.Event.EventName.Should().Be("poll.vote");
        host.Received.Handlers.Should().Equal(nameof(UnknownHandler));
    }

    [Fact]
    public async Task A_throwing_handler_is_answered_500_and_logged_without_the_tokens()
    {
        await using var host = await ReceiverHost.StartAsync(services => services.AddRyzeEventHandler<MessageExchangeEvent, FlakyHandler>());
        host.Switches.Failing = true;

        using var response = await host.PostAsync(Hello);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var error = host.Logs.GetSnapshot().Should().ContainSingle(r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error).Subject;
        error.Message.Should().Be("RyzeAPI message.exchange of sales via Webhook: handler FlakyHandler failed");
        error.Exception!.Message.Should().Be("the database is down");
        string.Join("\n", host.Logs.GetSnapshot().Select(r => r.Message + r.Exception)).Should().NotContain("inst-token-123").And.NotContain("hook-secret");
    }

    [Fact]
    public async Task The_returned_builder_applies_conventions_to_both_paths()
    {
        await using var host = await ReceiverHost.StartAsync(
            services => services.AddRyzeEventHandler<MessageExchangeEvent, MessageHandler>(),
            _ => { },
            app => app.MapRyzeApiWebhooks("/ryze").RequireHost("hooks.example.com"));

        using var plain = await host.PostAsync(Hello);
        using var byEvents = await host.PostAsync(Hello, path: "/ryze/message.exchange");

        (plain.StatusCode, byEvents.StatusCode).Should().Be((HttpStatusCode.NotFound, HttpStatusCode.NotFound));
        host.Received.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task Mapping_without_registering_the_receiver_throws()
    {
        var act = () => ReceiverHost.StartAsync(_ => { }, webhooks: false);

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*call services.AddRyzeApiWebhooks(…) first*");
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }

    private sealed class CountingStream(byte[] data) : MemoryStream(data)
    {
        public long BytesRead { get; private set; }

        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => Counted(base.Read(buffer, offset, Math.Min(count, 4096)));

        public override int Read(Span<byte> buffer) => Counted(base.Read(buffer[..Math.Min(buffer.Length, 4096)]));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            new(Counted(base.Read(buffer.Span[..Math.Min(buffer.Length, 4096)])));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        private int Counted(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}

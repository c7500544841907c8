using RyzeApi.Client;
using RyzeApi.Client.AspNetCore;

namespace WebhookReceiver;

/// <summary>Prints each state change; notes when the instance is connected.</summary>
public sealed class StateHandler(Inbox inbox) : IRyzeEventHandler<InstanceStateEvent>
{
    public Task HandleAsync(InstanceStateEvent ryzeEvent, RyzeEventContext context, CancellationToken cancellationToken = default)
    {
        Console.WriteLine($"handler     {ryzeEvent.EventName} of {context.InstanceName} via {context.Transport}: {ryzeEvent.State}");
        if (ryzeEvent.State == InstanceState.Connected)
        {
            inbox.Connected();
        }

        return Task.CompletedTask;
    }
}

/// <summary>Prints each message (never the event's raw JSON: it holds the instance token).</summary>
public sealed class MessageHandler(Inbox inbox) : IRyzeEventHandler<MessageExchangeEvent>
{
    public Task HandleAsync(MessageExchangeEvent ryzeEvent, RyzeEventContext context, CancellationToken cancellationToken = default)
    {
        Console.WriteLine($"handler     {ryzeEvent.EventName} of {context.InstanceName} via {context.Transport}: {ryzeEvent.Direction} from {ryzeEvent.Sender?.Jid} \"{ryzeEvent.Text}\" (id {ryzeEvent.MessageId})");
        inbox.Message();
        return Task.CompletedTask;
    }
}

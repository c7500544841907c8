
namespace RyzeApi.Client.AspNetCore.Tests.Infrastructure;

/// <summary>Records each call under its own name, so tests can check which handlers ran and in what order.</summary>
public class Recording<TEvent>(Received received) : IRyzeEventHandler<TEvent>
    where TEvent : RyzeEvent
{
    public virtual Task HandleAsync(TEvent ryzeEvent, RyzeEventContext context, CancellationToken cancellationToken = default)
    {
        received.Add(GetType().Name, ryzeEvent, context);
        return Task.CompletedTask;
    }
}

public sealed class MessageHandler(Received received) : Recording<MessageExchangeEvent>(received);

public sealed class SecondMessageHandler(Received received) : Recording<MessageExchangeEvent>(received);

public sealed class StatusHandler(Received received) : Recording<MessageStatusEvent>(received);

public sealed class UnknownHandler(Received received) : Recording<UnknownRyzeEvent>(received);

public sealed class AllEventsHandler(Received received) : Recording<RyzeEvent>(received);

public sealed class StateHandler(Received received) : Recording<InstanceStateEvent>(received);

/// <summary>Throws while <see cref="Switches.Failing"/> is set; records otherwise.</summary>
public sealed class FlakyHandler(Received received, Switches switches) : Recording<MessageExchangeEvent>(received)
{
    public override Task HandleAsync(MessageExchangeEvent ryzeEvent, RyzeEventContext context, CancellationToken cancellationToken = default) =>
        switches.Failing ? throw new InvalidOperationException("the database is down") : base.HandleAsync(ryzeEvent, context, cancellationToken);
}

/// <summary>Records, then waits for <see cref="Switches.Release"/>: keeps a delivery in flight while duplicates arrive.</summary>
public sealed class BlockingHandler(Received received, Switches switches) : Recording<MessageExchangeEvent>(received)
{
    public override async Task HandleAsync(MessageExchangeEvent ryzeEvent, RyzeEventContext context, CancellationToken cancellationToken = default)
    {
        await base.HandleAsync(ryzeEvent, context, cancellationToken);
        switches.Entered.TrySetResult();
        await switches.Release.Task.WaitAsync(cancellationToken);
    }
}

public sealed class Switches
{
    public bool Failing { get; set; }

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

namespace WebhookReceiver;

/// <summary>Lets the demo wait until its handlers saw the instance connect and two distinct messages.</summary>
public sealed class Inbox
{
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _messages = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _messageCount;

    public void Connected() => _connected.TrySetResult();

    public void Message()
    {
        if (Interlocked.Increment(ref _messageCount) == 2)
        {
            _messages.TrySetResult();
        }
    }

    public async Task<bool> WaitAsync(TimeSpan timeout)
    {
        try
        {
            await Task.WhenAll(_connected.Task, _messages.Task).WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}

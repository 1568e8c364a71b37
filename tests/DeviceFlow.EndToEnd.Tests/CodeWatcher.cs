using System.Threading.Tasks;
using DeviceFlow.Core.Pairing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>Hands the first user code the device shows to another thread (the browser test's user).</summary>
public sealed class CodeWatcher : IPairingObserver
{
    private readonly TaskCompletionSource<string> _firstCode = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> FirstCode => _firstCode.Task;

    public void Changed(PairingState state, long nowMs)
    {
        if (state.UserCode is not null)
        {
            _firstCode.TrySetResult(state.UserCode);
        }
    }
}

using DeviceFlow.Core.Ports;

namespace DeviceFlow.Core.Lifecycle
{
    public enum LifecyclePhase
    {
        Booting,

        /// <summary>Not paired: the screen says "press the button to pair" (with the reason, if any).</summary>
        WaitingForPress,

        /// <summary>A pairing is under way; its own screens come from the IPairingObserver.</summary>
        Pairing,

        /// <summary>The boot-time refresh (after its jitter).</summary>
        Refreshing,

        /// <summary>Paired: the access-token source serves the application.</summary>
        Ready,

        /// <summary>A long press: revoking and forgetting the tokens.</summary>
        Resetting,
    }

    /// <summary>What the screen shows outside a pairing. Secret-free. Immutable.</summary>
    public sealed class LifecycleStatus
    {
        public LifecycleStatus(LifecyclePhase phase, string reason, StorageResult storage)
        {
            Phase = phase;
            Reason = reason;
            Storage = storage;
        }

        public LifecyclePhase Phase { get; }

        /// <summary>
        /// Why the device is here (e.g. "sign-in expired", "refresh failed: timeout", "access token refused"), or null.
        /// A single word such as "invalid_client" is the provider's RFC 6749 §5.2 code, which
        /// Providers.ErrorMessages.Describe turns into what to fix.
        /// </summary>
        public string Reason { get; }

        /// <summary>Anything but Ok: flash is full or failing and the tokens live in RAM until the next boot.</summary>
        public StorageResult Storage { get; }
    }

    /// <summary>Told of every lifecycle change (the screen draws from it).</summary>
    public interface ILifecycleObserver
    {
        void Changed(LifecycleStatus status);
    }
}

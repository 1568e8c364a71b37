// Surface of nanoFramework.System.Threading 1.1.52 (assembly System.Threading).
// Source: nanoframework/System.Threading@v1.1.52 (866134e), nanoFramework.System.Threading/Threading/.
// Not in mscorlib 1.17.11 (reference §2). The real source class also implements IDisposable.
namespace System.Threading
{
    // CancellationToken.cs L26 (only passed on to WifiNetworkHelper, so no member is listed)
    public struct CancellationToken
    {
    }

    // CancellationTokenSource.cs L26
    public class CancellationTokenSource : IDisposable
    {
        // CancellationTokenSource.cs L180
        public CancellationTokenSource(int millisecondsDelay) => throw null;

        // CancellationTokenSource.cs L113
        public CancellationToken Token => throw null;

        // CancellationTokenSource.cs L441
        public void Dispose() => throw null;
    }
}

// Surface of nanoFramework.System.IO.Streams 1.1.96 (assembly System.IO.Streams).
// Source: nanoframework/System.IO.Streams@v1.1.96 (e6d0ae8), System.IO.Streams/Stream.cs.
// The real class derives from MarshalByRefObject and has more members; only what the drivers call is here.
namespace System.IO
{
    // Stream.cs L13
    public abstract class Stream : IDisposable
    {
        // Stream.cs L188
        public void Dispose() => throw null;

        // Stream.cs L250
        public abstract int Read(byte[] buffer, int offset, int count);
    }
}

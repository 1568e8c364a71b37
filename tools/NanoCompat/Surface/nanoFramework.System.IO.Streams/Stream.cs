// Surface of nanoFramework.System.IO.Streams 1.1.96 (assembly System.IO.Streams).
// Source: nanoframework/System.IO.Streams@v1.1.96 (e6d0ae8), System.IO.Streams/Stream.cs.
// The real class derives from MarshalByRefObject and has more members; only what the drivers call is here.
namespace System.IO
{
    // Stream.cs L13
    public abstract class Stream : IDisposable
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real class has more abstract members a subclass must implement (Stream.cs L24-L275).
        private protected Stream() => throw null;

        // Stream.cs L188
        public void Dispose() => throw null;

        // Stream.cs L250
        public abstract int Read(byte[] buffer, int offset, int count);
    }
}

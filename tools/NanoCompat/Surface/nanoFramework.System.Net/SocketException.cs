// Surface of nanoFramework.System.Net 1.11.60 (assembly System.Net).
// Source: nanoframework/System.Net@713b02c (tag v1.11.54), nanoFramework.System.Net/SocketException.cs.
namespace System.Net.Sockets
{
    // SocketException.cs L15
    public class SocketException : Exception
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor takes a SocketError (SocketException.cs L23).
        internal SocketException() => throw null;

        // SocketException.cs L35
        public int ErrorCode => throw null;
    }
}

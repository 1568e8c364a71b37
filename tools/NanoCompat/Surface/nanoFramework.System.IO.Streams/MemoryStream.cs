// Surface of nanoFramework.System.IO.Streams 1.1.96 (assembly System.IO.Streams).
// Source: nanoframework/System.IO.Streams@v1.1.96 (e6d0ae8), System.IO.Streams/MemoryStream.cs.
// Only what the drivers call is here. Position and Write override Stream's abstract members in the real class
// (Stream.cs L64, L275); they are virtual here because this surface's Stream leaves them out.
namespace System.IO
{
    // MemoryStream.cs L12
    public class MemoryStream : Stream
    {
        // MemoryStream.cs L68: a fixed-size stream over the array (writing past its end throws).
        public MemoryStream(byte[] buffer) => throw null;

        // MemoryStream.cs L174
        public virtual long Position => throw null;

        // MemoryStream.cs L229
        public override int Read(byte[] buffer, int offset, int count) => throw null;

        // MemoryStream.cs L388
        public virtual void Write(byte[] buffer, int offset, int count) => throw null;
    }
}

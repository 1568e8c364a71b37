using System;
using System.IO;

namespace DeviceFlow.Drivers.Https
{
    /// <summary>
    /// The sink HttpContent.CopyTo writes the body into, holding at most the cap. CopyTo hands the network body
    /// to it chunk by chunk (HttpContent.cs L59-74 -> StreamContent.SerializeToStream L64-111), whereas
    /// ReadAsStream first buffers the whole body in a MemoryStream (StreamContent.cs L117-126): a chunked body
    /// without Content-Length would be read whole into the heap before any cap could be checked.
    /// </summary>
    internal sealed class CappedBody : MemoryStream
    {
        private readonly byte[] _bytes;

        public CappedBody(int capBytes)
            : this(new byte[capBytes])
        {
        }

        private CappedBody(byte[] bytes)
            : base(bytes)
        {
            _bytes = bytes;
        }

        /// <summary>The body so far, in the first <see cref="Count"/> bytes.</summary>
        public byte[] Bytes => _bytes;

        public int Count => (int)Position;

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (count > _bytes.Length - Count)
            {
                // Ends the copy at once: nothing more of the body is read from the network.
                throw new OverCapException();
            }

            base.Write(buffer, offset, count);
        }
    }

    /// <summary>The body went past the cap while it was being copied.</summary>
    internal sealed class OverCapException : Exception
    {
    }
}

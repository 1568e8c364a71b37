// Surface of nanoFramework.System.Net.Http.Client 1.5.210 (assembly System.Net.Http).
// Source: nanoframework/System.Net.Http@v1.5.210 (a37532d), nanoFramework.System.Net.Http/Http/Headers/.
// There is no public way to read a response header's value (HttpHeaders has only Add).
using System.Net.Http.Http.Headers;

namespace System.Net.Http.Headers
{
    // HttpHeaders.cs L31
    public abstract class HttpHeaders
    {
        // HttpHeaders.cs L66 (restricted headers such as Accept and User-Agent throw ArgumentException)
        public void Add(string name, string value) => throw null;
    }

    // HttpRequestHeaders.cs L14
    public sealed class HttpRequestHeaders : HttpHeaders
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor is internal (HttpRequestHeaders.cs L89).
        internal HttpRequestHeaders() => throw null;

    }

    // HttpContentHeaders.cs L14
    public sealed class HttpContentHeaders : HttpHeaders
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor is internal (HttpContentHeaders.cs L74).
        internal HttpContentHeaders() => throw null;

        // HttpContentHeaders.cs L25 (-1 when unknown; the setter throws PlatformNotSupportedException)
        public long ContentLength
        {
            get => throw null;
            set => throw null;
        }

        // HttpContentHeaders.cs L60 (the getter throws ArgumentNullException when the header is absent)
        public MediaTypeHeaderValue ContentType
        {
            get => throw null;
            set => throw null;
        }
    }
}

// MediaTypeHeaderValue.cs L7: the real namespace is System.Net.Http.Http.Headers (sic).
namespace System.Net.Http.Http.Headers
{
    // MediaTypeHeaderValue.cs L16
    public class MediaTypeHeaderValue
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor takes the media type (MediaTypeHeaderValue.cs L42).
        internal MediaTypeHeaderValue() => throw null;

        // MediaTypeHeaderValue.cs L34
        public string MediaType
        {
            get => throw null;
            set => throw null;
        }
    }
}

// Surface of nanoFramework.System.Text 1.3.42.
// Source: nanoframework/System.Text@v1.3.42 (a231e6e), nanoFramework.System.Text/Text/Encoding.cs.
namespace System.Text
{
    public abstract class Encoding
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real class has an abstract GetDecoder a subclass must implement (Encoding.cs L142).
        private protected Encoding() => throw null;

        // Encoding.cs L147
        public static Encoding UTF8 => throw null;

        // Encoding.cs L82
        public virtual byte[] GetBytes(string s) => throw null;

        // Encoding.cs L133 (there is no GetString(byte[]) overload)
        public virtual string GetString(byte[] bytes, int index, int count) => throw null;
    }
}

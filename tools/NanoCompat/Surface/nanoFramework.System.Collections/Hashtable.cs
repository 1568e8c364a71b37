// Surface of nanoFramework.System.Collections 1.5.75.
// Source: nanoframework/System.Collections@v1.5.75 (c334f95), nanoFramework.System.Collections/Collections/Hashtable.cs.
// The real class also implements ICloneable and IDictionary; leaving interfaces out only makes the check stricter.
namespace System.Collections
{
    public class Hashtable
    {
        // Hashtable.cs L52
        public Hashtable() => throw null;

        // Hashtable.cs L74
        public Hashtable(int capacity) => throw null;

        // Hashtable.cs L239
        public int Count => throw null;

        // Hashtable.cs L325
        public ICollection Keys => throw null;

        // Hashtable.cs L336 (get returns null for a missing key)
        public object this[object key]
        {
            get => throw null;
            set => throw null;
        }

        // Hashtable.cs L373
        public void Add(object key, object value) => throw null;

        // Hashtable.cs L404 (there is no ContainsKey)
        public bool Contains(object key) => throw null;

        // Hashtable.cs L416
        public void Remove(object key) => throw null;
    }
}

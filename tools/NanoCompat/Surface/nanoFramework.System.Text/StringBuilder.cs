// Surface of nanoFramework.System.Text 1.3.42.
// Source: nanoframework/System.Text@v1.3.42 (a231e6e), nanoFramework.System.Text/Text/StringBuilder.cs.
namespace System.Text
{
    public sealed class StringBuilder
    {
        // StringBuilder.cs L334
        public StringBuilder() => throw null;

        // StringBuilder.cs L321
        public StringBuilder(int capacity) => throw null;

        // StringBuilder.cs L160
        public int Length => throw null;

        // StringBuilder.cs L384
        public StringBuilder Append(char value) => throw null;

        // StringBuilder.cs L435
        public StringBuilder Append(int value) => throw null;

        // StringBuilder.cs L456
        public StringBuilder Append(string value) => throw null;

        // StringBuilder.cs L954
        public override string ToString() => throw null;
    }
}

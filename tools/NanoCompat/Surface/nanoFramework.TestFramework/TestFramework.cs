// Surface of nanoFramework.TestFramework 3.0.80 (assembly nanoFramework.TestFramework).
// Source: nanoframework/nanoFramework.TestFramework@d4fa55e (v3.0.77-1), source/TestFrameworkShared/ and source/TestFramework/.
// The real Assert methods carry [CallerArgumentExpression] on `message`; the attribute is left out here.
// The real AreEqual has overloads for every primitive; the subset below is what the tests call.
namespace nanoFramework.TestFramework
{
    // TestFrameworkShared/TestClassAttribute.cs L11-L12
    [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : System.Attribute
    {
    }

    // TestFrameworkShared/TestMethodAttribute.cs L11-L12
    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : System.Attribute
    {
    }

    // TestFramework/Assert.cs L14
    public sealed partial class Assert
    {
        // Assert.AreEqual.cs L111
        public static void AreEqual(int expected, int actual, string message = "") => throw null;

        // Assert.AreEqual.cs L126
        public static void AreEqual(long expected, long actual, string message = "") => throw null;

        // Assert.AreEqual.cs L186
        public static void AreEqual(string expected, string actual, string message = "") => throw null;

        // Assert.AreEqual.cs L203
        public static void AreEqual(uint expected, uint actual, string message = "") => throw null;

        // Assert.cs L135
        public static void IsFalse(bool condition, string message = "") => throw null;

        // Assert.cs L192
        public static void IsNotNull(object value, string message = "") => throw null;

        // Assert.cs L208
        public static void IsNull(object value, string message = "") => throw null;

        // Assert.cs L224
        public static void IsTrue(bool condition, string message = "") => throw null;
    }
}

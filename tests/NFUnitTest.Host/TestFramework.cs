// Host stand-in for the subset of nanoFramework.TestFramework that tests/NFUnitTest uses (the subset the
// NanoCompat surface declares). A failed check throws, as the real Assert does.
namespace nanoFramework.TestFramework
{
    [System.AttributeUsage(System.AttributeTargets.Class)]
    public sealed class TestClassAttribute : System.Attribute
    {
    }

    [System.AttributeUsage(System.AttributeTargets.Method)]
    public sealed class TestMethodAttribute : System.Attribute
    {
    }

    public sealed class AssertFailedException : System.Exception
    {
        public AssertFailedException(string message)
            : base(message)
        {
        }
    }

    public static class Assert
    {
        public static void AreEqual(int expected, int actual, string message = "") => Check(expected == actual, expected, actual, message);

        public static void AreEqual(long expected, long actual, string message = "") => Check(expected == actual, expected, actual, message);

        public static void AreEqual(string expected, string actual, string message = "") => Check(expected == actual, expected, actual, message);

        public static void AreEqual(uint expected, uint actual, string message = "") => Check(expected == actual, "0x" + expected.ToString("X8"), "0x" + actual.ToString("X8"), message);

        public static void IsFalse(bool condition, string message = "") => Check(!condition, false, condition, message);

        public static void IsNotNull(object value, string message = "") => Check(value != null, "not null", value, message);

        public static void IsNull(object value, string message = "") => Check(value == null, null, value, message);

        public static void IsTrue(bool condition, string message = "") => Check(condition, true, condition, message);

        private static void Check(bool passed, object expected, object actual, string message)
        {
            if (!passed)
            {
                throw new AssertFailedException("expected " + (expected ?? "null") + ", got " + (actual ?? "null") + " " + message);
            }
        }
    }
}

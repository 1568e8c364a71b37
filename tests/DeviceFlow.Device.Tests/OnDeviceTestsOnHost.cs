using System.Linq;
using System.Reflection;
using TestClassAttribute = nanoFramework.TestFramework.TestClassAttribute;
using TestMethodAttribute = nanoFramework.TestFramework.TestMethodAttribute;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// Runs every [TestMethod] of tests/NFUnitTest the way nanoFramework's UnitTestLauncher does (static methods,
/// invoked without an instance), so a wrong expectation in an on-device test fails here before a board sees it.
/// </summary>
public class OnDeviceTestsOnHost
{
    public static TheoryData<string, string> Methods()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in typeof(NFUnitTest.CannedTransport).Assembly.GetTypes().Where(t => t.Namespace == "NFUnitTest" && t.GetCustomAttribute<TestClassAttribute>() != null))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.GetCustomAttribute<TestMethodAttribute>() != null))
            {
                data.Add(type.Name, method.Name);
            }
        }

        return data;
    }

    [Fact]
    public void Every_on_device_test_is_static_as_the_launcher_requires()
    {
        var instanceTests = typeof(NFUnitTest.CannedTransport).Assembly.GetTypes().Where(t => t.Namespace == "NFUnitTest")
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<TestMethodAttribute>() != null).Select(m => m.Name).ToArray();
        Assert.Empty(instanceTests);
        Assert.True(Methods().Count() >= 10);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void On_device_test_passes_on_the_host(string type, string method)
    {
        MethodInfo test = typeof(NFUnitTest.CannedTransport).Assembly.GetType("NFUnitTest." + type)!.GetMethod(method)!;
        try
        {
            test.Invoke(null, null);
        }
        catch (TargetInvocationException e) when (e.InnerException != null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }
}

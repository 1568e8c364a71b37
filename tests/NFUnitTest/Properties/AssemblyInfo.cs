using System.Reflection;

[assembly: AssemblyTitle("NFUnitTest")]
[assembly: AssemblyDescription("DeviceFlow core tests run by nanoFramework.TestFramework on nanoclr or the board")]
[assembly: AssemblyVersion("1.0.0.0")]

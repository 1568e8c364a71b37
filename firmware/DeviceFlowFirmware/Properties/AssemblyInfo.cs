using System.Reflection;

[assembly: AssemblyTitle("DeviceFlowFirmware")]
[assembly: AssemblyDescription("Binds an ESP32 sensor to a user's account with the OAuth 2.0 Device Authorization Grant")]
[assembly: AssemblyVersion("1.0.0.0")]

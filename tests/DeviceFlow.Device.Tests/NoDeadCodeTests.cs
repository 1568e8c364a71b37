using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using DeviceFlow.Core.Ports;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// No feature nothing calls: every public member the core declares is read at least once besides its declaration
/// in production code (the core, the drivers, the app, the simulator, the DevServer, tools/Measure; tests do not
/// count, and neither do assignments: a preset field that is set but never read is dead; a property's or method's
/// declaration is one occurrence, a field's is an assignment). A name check: it can miss
/// dead code whose name is also used for something else, never flag live code.
/// </summary>
public class NoDeadCodeTests
{
    /// <summary>
    /// The QR encoder's own (issue 15's files): version, level and mask are read only by the QR cross-check tests,
    /// which compare them with QRCoder's and ZXing's; the helper that owns the encoder decides whether they stay public.
    /// </summary>
    /// <remarks>
    /// The JSON reader's array walk (issue 11's files) is read only by its own tests: no answer the firmware reads has
    /// an array member it needs. Its owner decides whether it stays.
    /// </remarks>
    private static readonly string[] LeftToTheirOwners = ["QrCode.MaxSupportedVersion", "QrCode.ErrorCorrection", "QrCode.Mask", "JsonTree.FirstItem", "JsonTree.NextItem"];

    [Fact]
    public void Every_public_member_of_the_core_is_used_by_production_code()
    {
        string[] production = new[] { "firmware", "drivers", "tools" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepoRoot.Path, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !Regex.IsMatch(file.Replace('\\', '/'), "/(obj|bin)/|/tools/NanoCompat/Surface/"))
            .ToArray();
        var sources = production.ToDictionary(file => file, File.ReadAllText);

        var unused = typeof(IStorage).Assembly.GetExportedTypes()
            .Where(type => !type.IsEnum && !type.IsInterface && !typeof(System.Delegate).IsAssignableFrom(type))
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(member => member is PropertyInfo || (member is MethodInfo method && !method.IsSpecialName && method.GetBaseDefinition() == method && !ImplementsInterface(type, method)) || (member is FieldInfo field && !field.IsSpecialName))
                .Select(member => (Type: type, Member: member)))
            .Where(x => !(x.Member is PropertyInfo property && property.GetAccessors().Any(accessor => ImplementsInterface(x.Type, accessor))))
            .Where(x => !LeftToTheirOwners.Contains(x.Type.Name + "." + x.Member.Name))
            .Where(x => sources.Values.Sum(source => Regex.Matches(source, @"\b" + x.Member.Name + @"\b(?!\s*=[^=>])").Count) < (x.Member is FieldInfo ? 1 : 2))
            .Select(x => x.Type.Name + "." + x.Member.Name)
            .Distinct()
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .ToArray();

        Assert.True(unused.Length == 0, string.Join("\n", unused));
    }

    [Fact]
    public void The_drivers_have_no_public_method_nothing_calls()
    {
        string[] drivers = Directory.GetFiles(Path.Combine(RepoRoot.Path, "drivers"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !Regex.IsMatch(file.Replace('\\', '/'), "/(obj|bin)/")).ToArray();
        string[] callers = Directory.GetFiles(Path.Combine(RepoRoot.Path, "firmware", "DeviceFlowFirmware"), "*.cs", SearchOption.AllDirectories)
            .Concat(drivers).Select(File.ReadAllText).ToArray();
        string[] ports = Directory.GetFiles(Path.Combine(RepoRoot.Path, "firmware", "DeviceFlow.Core", "Ports"), "*.cs").Select(File.ReadAllText).ToArray();

        var unused = drivers
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"public (?:static )?[\w<>\[\]]+ (?<name>\w+)\(").Select(m => m.Groups["name"].Value))
            .Where(name => !ports.Any(port => Regex.IsMatch(port, @"\b" + name + @"\(")))
            .Where(name => callers.Count(text => Regex.IsMatch(text, @"[.\s]" + name + @"\(")) < 1 || callers.Sum(text => Regex.Matches(text, @"\b" + name + @"\(").Count) < 2)
            .ToArray();

        Assert.Empty(unused);
    }

    private static bool ImplementsInterface(System.Type type, MethodInfo method)
        => type.GetInterfaces().Any(contract => type.GetInterfaceMap(contract).TargetMethods.Contains(method));
}

using System.Linq;
using System.Text.RegularExpressions;
using DeviceFlow.Simulator;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>--help is true to the behaviour: every option it names is one the simulator takes, and the reverse.</summary>
public sealed partial class SimulatorHelpTests
{
    /// <summary>Every option Parse accepts, with a value it takes where it needs one.</summary>
    private static readonly (string Name, string? Value)[] Accepted =
    [
        ("--auto-approve", null), ("--reset", null), ("--verbose", null), ("--readings", "2"), ("--every", "1"), ("--screen-off", "0"),
        ("--interval", "1"), ("--port", "7443"), ("--data", "d"), ("--provider", "github"), ("--tenant", "t"), ("--domain", "d"), ("--realm", "r"),
        ("--device-authorization-endpoint", "https://x/d"), ("--token-endpoint", "https://x/t"), ("--revocation-endpoint", "https://x/r"),
        ("--client-id", "c"), ("--client-secret", "s"), ("--client-auth", "basic"), ("--scope", "s"), ("--readings-url", "https://x/r"), ("--issuer", "https://x"),
    ];

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z-]+")]
    private static partial Regex OptionName();

    [Fact]
    public void The_usage_names_exactly_the_options_the_simulator_takes()
    {
        string[] named = OptionName().Matches(SimulatorOptions.Usage).Select(m => m.Value).Distinct().Order().ToArray();

        Assert.Equal(Accepted.Select(o => o.Name).Order().ToArray(), named.Where(n => n != "--help" && n != "--project").ToArray());
        foreach ((string name, string? value) in Accepted)
        {
            string[] args = value is null ? [name] : [name, value];
            Assert.True(SimulatorOptions.Parse(name == "--auto-approve" ? args : [.. args, "--client-id", "c"], out string? error) is not null || error!.Contains("--auto-approve only works"), name + ": " + error);
        }
    }

    [Fact]
    public void An_unknown_option_is_refused_with_its_name()
    {
        Assert.Null(SimulatorOptions.Parse(["--colour", "blue"], out string? error));
        Assert.Equal("unknown option or bad value: --colour blue", error);
    }
}

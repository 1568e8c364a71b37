using System;
using System.IO;

namespace DeviceFlow.Simulator;

/// <summary>The command line. With none of the provider options it runs against the embedded DevServer.</summary>
internal sealed class SimulatorOptions
{
    public const string Usage = """
        usage: dotnet run --project tools/Simulator/DeviceFlow.Simulator -- [options]
          The board's firmware on this PC: it boots, pairs (at once on the first boot), then takes a reading every
          --every seconds and posts it with the access token, until Ctrl+C. The OLED is drawn in the terminal and
          saved as PNGs (DATA/frames). The button: Enter or p = short press (pair, retry), r = long press (factory
          reset), at any moment; without a terminal, lines "p" or "r" on standard input.
          (no provider options)          against the embedded DevServer on 127.0.0.1, trusting only its CA
          --auto-approve                 act as the user on the DevServer's verification page (and press to pair)
          --readings N                   stop after N readings: exit 0 when all N were accepted, else 1
          --reset                        a long press at the first moment the firmware listens for the button
          --every S                      seconds between readings, config.json's sensor.interval_seconds (default 10)
          --screen-off S                 seconds the PAIRED screen stays lit, oled.paired_screen_seconds (default 10)
          --interval S                   DevServer polling interval (default 5)
          --port N                       DevServer port on 127.0.0.1 (default 7443)
          --data DIR                     flash (DIR/flash: config.json, ca.pem, deviceflow/), DevServer data, frames (default ./data)
          --issuer URL                   a real provider, endpoints from its discovery document
          --provider NAME                a preset: github, google, entra, auth0, okta, keycloak, amazon
          --tenant T, --domain D, --realm R   what a preset's URLs need (Entra tenant, Auth0/Okta domain, Keycloak realm)
          --device-authorization-endpoint URL, --token-endpoint URL, --revocation-endpoint URL
          --client-id ID                 your OAuth app's client id (a public client)
          --client-secret SECRET         only if your provider insists (Google); sent as the board sends it: the
                                         preset's way, else HTTP Basic (RFC 6749 §2.3.1)
          --client-auth none|body|basic  with both endpoints given: how to send the secret (default basic), as
                                         config.json's client_auth
          --scope "S1 S2"                scopes to ask for
          --readings-url URL             a protected API to post readings to (sensor.readings_url); without it,
                                         a real provider's readings are only logged
          --verbose                      the firmware's log lines too
        Exit codes: 0 done (or --readings all accepted), 1 a setup error or a lost reading, 2 bad options, 130 Ctrl+C.
        """;

    public bool AutoApprove { get; private set; }

    public bool Reset { get; private set; }

    public bool Verbose { get; private set; }

    public int IntervalSeconds { get; private set; } = 5;

    public int Port { get; private set; } = 7443;

    public int ReadingIntervalSeconds { get; private set; } = 10;

    public int ScreenOffSeconds { get; private set; } = 10;

    /// <summary>Readings to take before stopping; null runs until Ctrl+C, like the board.</summary>
    public int? Readings { get; private set; }

    public string DataFolder { get; private set; } = "data";

    public string? Issuer { get; private set; }

    public string? Provider { get; private set; }

    public string? Tenant { get; private set; }

    public string? Domain { get; private set; }

    public string? Realm { get; private set; }

    public string? DeviceAuthorizationEndpoint { get; private set; }

    public string? TokenEndpoint { get; private set; }

    public string? RevocationEndpoint { get; private set; }

    public string? ClientId { get; private set; }

    public string? ClientSecret { get; private set; }

    public string? ClientAuth { get; private set; }

    public string? Scope { get; private set; }

    public string? ReadingsUrl { get; private set; }

    /// <summary>True when a real provider was named; the DevServer is then not started.</summary>
    public bool UsesRealProvider => Issuer is not null || Provider is not null || DeviceAuthorizationEndpoint is not null;

    /// <summary>The board's I:\ drive: config.json and the root CA at the top, the firmware's blobs in deviceflow/.</summary>
    public string FlashFolder => Path.Combine(DataFolder, UsesRealProvider ? "flash-provider" : "flash");

    public string FramesFolder => Path.Combine(DataFolder, "frames");

    public string DevServerFolder => Path.Combine(DataFolder, "devserver");

    /// <summary>The options, or null with <paramref name="error"/> set.</summary>
    public static SimulatorOptions? Parse(string[] args, out string? error)
    {
        var options = new SimulatorOptions();
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (name is "--auto-approve" or "--reset" or "--verbose")
            {
                options.AutoApprove |= name == "--auto-approve";
                options.Reset |= name == "--reset";
                options.Verbose |= name == "--verbose";
                continue;
            }

            if (i + 1 >= args.Length)
            {
                error = name + " needs a value";
                return null;
            }

            string value = args[++i];
            if (!options.Set(name, value))
            {
                error = "unknown option or bad value: " + name + " " + value;
                return null;
            }
        }

        if (options.UsesRealProvider && options.ClientId is null)
        {
            error = "a real provider needs --client-id";
            return null;
        }

        if (options.UsesRealProvider && options.AutoApprove)
        {
            error = "--auto-approve only works with the embedded DevServer";
            return null;
        }

        return options;
    }

    private bool Set(string name, string value)
    {
        switch (name)
        {
            case "--interval":
                return int.TryParse(value, out int interval) && (IntervalSeconds = interval) > 0;
            case "--port":
                return int.TryParse(value, out int port) && (Port = port) > 0 && port < 65536;
            case "--every":
                return int.TryParse(value, out int every) && (ReadingIntervalSeconds = every) >= 1;
            case "--screen-off":
                return int.TryParse(value, out int screenOff) && (ScreenOffSeconds = screenOff) >= 0 && screenOff <= 300;
            case "--readings":
                return int.TryParse(value, out int readings) && (Readings = readings) >= 1;
            case "--data":
                DataFolder = value;
                return true;
            case "--issuer":
                Issuer = value;
                return Uri.TryCreate(value, UriKind.Absolute, out _);
            case "--provider":
                Provider = value;
                return true;
            case "--tenant":
                Tenant = value;
                return true;
            case "--domain":
                Domain = value;
                return true;
            case "--realm":
                Realm = value;
                return true;
            case "--device-authorization-endpoint":
                DeviceAuthorizationEndpoint = value;
                return Uri.TryCreate(value, UriKind.Absolute, out _);
            case "--token-endpoint":
                TokenEndpoint = value;
                return Uri.TryCreate(value, UriKind.Absolute, out _);
            case "--revocation-endpoint":
                RevocationEndpoint = value;
                return Uri.TryCreate(value, UriKind.Absolute, out _);
            case "--client-id":
                ClientId = value;
                return true;
            case "--client-auth":
                ClientAuth = value;
                return value is "none" or "body" or "basic";
            case "--client-secret":
                ClientSecret = value;
                return true;
            case "--scope":
                Scope = value;
                return true;
            case "--readings-url":
                ReadingsUrl = value;
                return Uri.TryCreate(value, UriKind.Absolute, out _);
            default:
                return false;
        }
    }
}

using DeviceFlow.Core.Json;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;

namespace DeviceFlow.Core.Config
{
    /// <summary>
    /// Reads config.json with the core's JSON reader and checks every field, so a maker sees
    /// "oled.sda: must be a whole number from 0 to 39" on the OLED instead of a crash at first use.
    /// </summary>
    public static class DeviceConfigParser
    {
        /// <summary>ESP32 GPIO numbers run 0..39.</summary>
        public const int MaxPin = 39;

        /// <summary>The parsed config, or null with <paramref name="error"/> naming the field and the problem.</summary>
        public static DeviceConfig Parse(string json, out string error)
        {
            error = null;
            if (json == null)
            {
                error = "config.json: missing on I:\\ (upload it with tools/flash)";
                return null;
            }

            // An editor's UTF-8 BOM stays on the device (reference §12); the reader skips it.
            string jsonError;
            JsonTree root = JsonTree.Parse(json, out jsonError);
            if (root == null || root.Kind(JsonTree.Root) != JsonKind.Object)
            {
                error = "config.json: " + (root == null ? jsonError : "not a JSON object");
                return null;
            }

            ConfigReader reader = new ConfigReader(root, JsonTree.Root, string.Empty);
            DeviceConfig config = new DeviceConfig();
            int wifi = reader.Section("wifi");
            if (wifi >= 0)
            {
                ConfigReader wifiReader = new ConfigReader(reader, wifi, "wifi.");
                config.WifiSsid = wifiReader.Text("ssid", true);
                config.WifiPassword = wifiReader.Text("password", false);
                wifiReader.RejectUnknown();
                reader.Absorb(wifiReader);
            }

            config.Provider = reader.Text("provider", false);
            config.Issuer = reader.Url("issuer");
            config.Settings = ReadSettings(reader);
            config.MaxResponseBytes = reader.Number("max_response_bytes", config.MaxResponseBytes, 1024, 65536);
            config.ExplicitClient = ReadExplicitClient(reader, config);
            config.RootCaFile = reader.Text("root_ca_file", false);
            config.HttpTimeoutSeconds = reader.Number("http_timeout_seconds", config.HttpTimeoutSeconds, 5, 120);
            config.PairOnFirstBoot = reader.Flag("pair_on_first_boot", false);

            ReadHardware(reader, config);
            reader.RejectUnknown();
            reader.RequireOne();
            CheckProvider(reader, config);
            error = reader.Error;
            return error == null ? config : null;
        }

        private static ProviderSettings ReadSettings(ConfigReader reader)
        {
            ProviderSettings settings = new ProviderSettings();
            settings.ClientId = reader.Text("client_id", true);
            settings.ClientSecret = reader.Text("client_secret", false);
            settings.Scope = reader.Text("scope", false);
            settings.Tenant = reader.Text("tenant", false);
            settings.Domain = reader.Text("domain", false);
            settings.Realm = reader.Text("realm", false);
            settings.AuthorizationServer = reader.Text("authorization_server", false);
            settings.Audience = reader.Text("audience", false);
            return settings;
        }

        /// <summary>Both endpoints in the file: the client is complete without a preset (client_auth and revocation too).</summary>
        private static ClientConfig ReadExplicitClient(ConfigReader reader, DeviceConfig config)
        {
            string deviceUrl = reader.Url("device_authorization_endpoint");
            string tokenUrl = reader.Url("token_endpoint");
            string revocationUrl = reader.Url("revocation_endpoint");
            bool authStyleGiven = reader.Text("client_auth", false) != null;
            ClientAuthStyle authStyle = reader.AuthStyle("client_auth", config.Settings.ClientSecret != null);
            if (deviceUrl == null || tokenUrl == null)
            {
                if (deviceUrl != null || tokenUrl != null)
                {
                    reader.Fail(deviceUrl != null ? "token_endpoint" : "device_authorization_endpoint", "required when the other endpoint is given");
                }

                // A preset knows how its provider takes the secret and where it revokes; discovery reads both.
                if (authStyleGiven)
                {
                    reader.Fail("client_auth", "only with device_authorization_endpoint and token_endpoint (a preset or discovery decides it)");
                }

                if (revocationUrl != null)
                {
                    reader.Fail("revocation_endpoint", "only with device_authorization_endpoint and token_endpoint (a preset or discovery supplies it)");
                }

                return null;
            }

            ClientConfig client = new ClientConfig();
            client.ClientId = config.Settings.ClientId;
            client.ClientSecret = config.Settings.ClientSecret;
            client.Scope = config.Settings.Scope;
            client.AuthStyle = authStyle;
            client.DeviceAuthorizationUrl = deviceUrl;
            client.TokenUrl = tokenUrl;
            client.RevocationUrl = revocationUrl;
            client.MaxResponseBytes = config.MaxResponseBytes;
            return client;
        }

        private static void ReadHardware(ConfigReader reader, DeviceConfig config)
        {
            int oled = reader.Section("oled");
            if (oled >= 0)
            {
                ConfigReader oledReader = new ConfigReader(reader, oled, "oled.");
                config.SdaPin = oledReader.Number("sda", config.SdaPin, 0, MaxPin);
                config.SclPin = oledReader.Number("scl", config.SclPin, 0, MaxPin);
                config.OledAddress = oledReader.Number("address", config.OledAddress, 0x08, 0x77);
                config.PairedScreenSeconds = oledReader.Number("paired_screen_seconds", config.PairedScreenSeconds, 0, 300);
                oledReader.RejectUnknown();
                reader.Absorb(oledReader);
            }

            int button = reader.Section("button");
            if (button >= 0)
            {
                ConfigReader buttonReader = new ConfigReader(reader, button, "button.");
                config.ButtonPin = buttonReader.Number("pin", config.ButtonPin, 0, MaxPin);
                config.LongPressMs = buttonReader.Number("long_press_ms", config.LongPressMs, 1000, 10000);
                buttonReader.RejectUnknown();
                reader.Absorb(buttonReader);
            }

            int sensor = reader.Section("sensor");
            if (sensor >= 0)
            {
                ConfigReader sensorReader = new ConfigReader(reader, sensor, "sensor.");
                config.SensorIntervalSeconds = sensorReader.Number("interval_seconds", config.SensorIntervalSeconds, 1, 86400);
                config.DeepSleepBetweenReadings = sensorReader.Flag("deep_sleep", false);
                config.ReadingsUrl = sensorReader.Url("readings_url");
                sensorReader.RejectUnknown();
                reader.Absorb(sensorReader);
            }

            reader.Fail("oled.sda", Esp32Pins.I2cProblem(config.SdaPin));
            reader.Fail("oled.scl", Esp32Pins.I2cProblem(config.SclPin));
            reader.Fail("button.pin", Esp32Pins.ButtonProblem(config.ButtonPin));
            if (config.SdaPin == config.SclPin)
            {
                reader.Fail("oled.scl", "must differ from oled.sda");
            }
        }

        private static void FailIfGiven(ConfigReader reader, string field, string value, bool used, string problem)
        {
            if (value != null && !used)
            {
                reader.Fail(field, problem);
            }
        }

        /// <summary>
        /// The endpoints come from the file itself, from a preset, or from discovery; a field only one of those ways
        /// reads is an error in the others, so nothing in the file is silently ignored.
        /// </summary>
        private static void CheckProvider(ConfigReader reader, DeviceConfig config)
        {
            ClientConfig client = config.ExplicitClient;
            if (client == null && config.Provider == null && config.Issuer == null)
            {
                reader.Fail("provider", "give a provider preset, an issuer, or both endpoints");
                return;
            }

            // What only a preset's URLs take (ProviderClientConfig), and the audience only a preset or discovery sends.
            ProviderSettings settings = config.Settings;
            bool preset = client == null && config.Provider != null;
            FailIfGiven(reader, "tenant", settings.Tenant, preset, "only with a provider preset");
            FailIfGiven(reader, "domain", settings.Domain, preset, "only with a provider preset");
            FailIfGiven(reader, "realm", settings.Realm, preset, "only with a provider preset");
            FailIfGiven(reader, "authorization_server", settings.AuthorizationServer, preset, "only with a provider preset");
            FailIfGiven(reader, "audience", settings.Audience, client == null, "only with a provider preset or an issuer (with both endpoints nothing sends it)");
            FailIfGiven(reader, "issuer", config.Issuer, client == null, "give an issuer or both endpoints, not both");
            if (client == null)
            {
                return;
            }

            if (client.AuthStyle != ClientAuthStyle.None && client.ClientSecret == null)
            {
                reader.Fail("client_auth", (client.AuthStyle == ClientAuthStyle.BasicHeader ? "basic" : "body") + " needs a client_secret");
            }
        }
    }
}

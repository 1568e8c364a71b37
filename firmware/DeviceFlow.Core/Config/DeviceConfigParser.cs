using System.Collections;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Config
{
    /// <summary>
    /// Reads config.json through the platform JSON parser and checks every field, so a maker sees
    /// "oled.sda: must be a whole number from 0 to 39" on the OLED instead of a crash at first use.
    /// </summary>
    public static class DeviceConfigParser
    {
        /// <summary>ESP32 GPIO numbers run 0..39.</summary>
        public const int MaxPin = 39;

        /// <summary>The parsed config, or null with <paramref name="error"/> naming the field and the problem.</summary>
        public static DeviceConfig Parse(string json, IJsonParser parser, out string error)
        {
            error = null;
            Hashtable root = json == null ? null : parser.ParseObject(json);
            if (root == null)
            {
                error = "config.json: not a JSON object";
                return null;
            }

            ConfigReader reader = new ConfigReader(root);
            DeviceConfig config = new DeviceConfig();
            ClientConfig client = new ClientConfig();
            config.Client = client;

            Hashtable wifi = reader.Section("wifi");
            if (wifi != null)
            {
                ConfigReader wifiReader = new ConfigReader(wifi, "wifi.");
                config.WifiSsid = wifiReader.Text("ssid", true);
                config.WifiPassword = wifiReader.Text("password", false);
                reader.Absorb(wifiReader);
            }

            config.Provider = reader.Text("provider", false);
            config.Issuer = reader.Url("issuer");
            client.DeviceAuthorizationUrl = reader.Url("device_authorization_endpoint");
            client.TokenUrl = reader.Url("token_endpoint");
            client.ClientId = reader.Text("client_id", true);
            client.ClientSecret = reader.Text("client_secret", false);
            client.Scope = reader.Text("scope", false);
            client.AuthStyle = reader.AuthStyle("client_auth", client.ClientSecret != null);
            client.MaxResponseBytes = reader.Number("max_response_bytes", client.MaxResponseBytes, 1024, 65536);
            config.RootCaFile = reader.Text("root_ca_file", false);
            config.HttpTimeoutSeconds = reader.Number("http_timeout_seconds", config.HttpTimeoutSeconds, 5, 120);

            ReadHardware(reader, config);
            reader.RequireOne();
            CheckProvider(reader, config);
            error = reader.Error;
            return error == null ? config : null;
        }

        private static void ReadHardware(ConfigReader reader, DeviceConfig config)
        {
            Hashtable oled = reader.Section("oled");
            if (oled != null)
            {
                ConfigReader oledReader = new ConfigReader(oled, "oled.");
                config.SdaPin = oledReader.Number("sda", config.SdaPin, 0, MaxPin);
                config.SclPin = oledReader.Number("scl", config.SclPin, 0, MaxPin);
                config.OledAddress = oledReader.Number("address", config.OledAddress, 0x08, 0x77);
                reader.Absorb(oledReader);
            }

            Hashtable button = reader.Section("button");
            if (button != null)
            {
                ConfigReader buttonReader = new ConfigReader(button, "button.");
                config.ButtonPin = buttonReader.Number("pin", config.ButtonPin, 0, MaxPin);
                config.LongPressMs = buttonReader.Number("long_press_ms", config.LongPressMs, 1000, 10000);
                reader.Absorb(buttonReader);
            }

            Hashtable sensor = reader.Section("sensor");
            if (sensor != null)
            {
                ConfigReader sensorReader = new ConfigReader(sensor, "sensor.");
                config.SensorIntervalSeconds = sensorReader.Number("interval_seconds", config.SensorIntervalSeconds, 10, 86400);
                config.DeepSleepBetweenReadings = sensorReader.Flag("deep_sleep", false);
                reader.Absorb(sensorReader);
            }

            if (config.SdaPin == config.SclPin)
            {
                reader.Fail("oled.scl", "must differ from oled.sda");
            }
        }

        /// <summary>The endpoints come from a preset, from discovery, or from the file itself (both of them).</summary>
        private static void CheckProvider(ConfigReader reader, DeviceConfig config)
        {
            ClientConfig client = config.Client;
            bool hasDevice = client.DeviceAuthorizationUrl != null;
            bool hasToken = client.TokenUrl != null;
            if (hasDevice != hasToken)
            {
                reader.Fail(hasDevice ? "token_endpoint" : "device_authorization_endpoint", "required when the other endpoint is given");
            }
            else if (!hasDevice && config.Provider == null && config.Issuer == null)
            {
                reader.Fail("provider", "give a provider preset, an issuer, or both endpoints");
            }
        }
    }
}

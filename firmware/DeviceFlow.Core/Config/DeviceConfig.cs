using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;

namespace DeviceFlow.Core.Config
{
    /// <summary>What config.json on I:\ says, validated. Defaults suit an ESP32 DevKit with a 0.96" SSD1306.</summary>
    public sealed class DeviceConfig
    {
        public const int DefaultSdaPin = 21;

        public const int DefaultSclPin = 22;

        public const int DefaultOledAddress = 0x3C;

        /// <summary>GPIO0: the BOOT button every ESP32 DevKit has.</summary>
        public const int DefaultButtonPin = 0;

        public const int DefaultLongPressMs = 3000;

        public const int DefaultHttpTimeoutSeconds = 30;

        public const int DefaultSensorIntervalSeconds = 60;

        /// <summary>How long the PAIRED confirmation stays before the panel goes dark (RFC 8628 §5.5; burn-in).</summary>
        public const int DefaultPairedScreenSeconds = 10;

        /// <summary>Null: join with the credentials nanoff's network deployment stored on the device.</summary>
        public string WifiSsid { get; set; }

        /// <summary>Never logged or shown.</summary>
        public string WifiPassword { get; set; }

        /// <summary>A provider preset name, or null when the endpoints are given.</summary>
        public string Provider { get; set; }

        /// <summary>An issuer to look the endpoints up from (RFC 8414), or null.</summary>
        public string Issuer { get; set; }

        /// <summary>What a preset or discovery needs: client id, secret, scope, tenant, domain, realm, audience.</summary>
        public ProviderSettings Settings { get; set; }

        /// <summary>The client when config.json gives both endpoints itself; null when a preset or discovery supplies them.</summary>
        public ClientConfig ExplicitClient { get; set; }

        /// <summary>Response body cap for every exchange (token answers, discovery documents are capped separately).</summary>
        public int MaxResponseBytes { get; set; } = ClientConfig.DefaultMaxResponseBytes;

        /// <summary>PEM file of the root CA that signs the provider's certificate, or null for the CA store nanoff deployed.</summary>
        public string RootCaFile { get; set; }

        public int SdaPin { get; set; } = DefaultSdaPin;

        public int SclPin { get; set; } = DefaultSclPin;

        public int OledAddress { get; set; } = DefaultOledAddress;

        public int ButtonPin { get; set; } = DefaultButtonPin;

        public int LongPressMs { get; set; } = DefaultLongPressMs;

        public int HttpTimeoutSeconds { get; set; } = DefaultHttpTimeoutSeconds;

        public int SensorIntervalSeconds { get; set; } = DefaultSensorIntervalSeconds;

        /// <summary>Seconds the PAIRED confirmation stays on the panel before it is blanked and switched off.</summary>
        public int PairedScreenSeconds { get; set; } = DefaultPairedScreenSeconds;

        /// <summary>The API each reading is POSTed to with the access token, or null: readings are only logged.</summary>
        public string ReadingsUrl { get; set; }

        /// <summary>After pairing, deep sleep between sensor readings (Wi-Fi is re-joined at each wake).</summary>
        public bool DeepSleepBetweenReadings { get; set; }

        /// <summary>A fresh board pairs at its first boot without a press, once (LifecycleSettings.PairOnFirstBoot).</summary>
        public bool PairOnFirstBoot { get; set; }
    }
}

using System;
using System.IO;
using DeviceFlow.Core.Config;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

public class ConfigParserTests
{
    private const string Minimal = """{"provider":"github","client_id":"Iv1.abc"}""";

    private static DeviceConfig? Parse(string json, out string? error)
    {
        DeviceConfig? config = DeviceConfigParser.Parse(json, out string parseError);
        error = parseError;
        return config;
    }

    private static string ErrorOf(string json)
    {
        Assert.Null(Parse(json, out string? error));
        return error!;
    }

    [Fact]
    public void The_sample_config_parses()
    {
        string sample = File.ReadAllText(Path.Combine(RepoRoot.Path, "firmware", "DeviceFlowFirmware", "config.sample.json"));
        DeviceConfig? config = Parse(sample, out string? error);
        Assert.Null(error);
        Assert.NotNull(config);
        Assert.False(string.IsNullOrEmpty(config!.Settings.ClientId));
    }

    [Fact]
    public void Minimal_config_takes_the_board_defaults()
    {
        DeviceConfig config = Parse(Minimal, out _)!;
        Assert.Equal("github", config.Provider);
        Assert.Equal("Iv1.abc", config.Settings.ClientId);
        Assert.Null(config.ExplicitClient);
        Assert.Null(config.WifiSsid);
        Assert.Equal(21, config.SdaPin);
        Assert.Equal(22, config.SclPin);
        Assert.Equal(0x3C, config.OledAddress);
        Assert.Equal(0, config.ButtonPin);
        Assert.Equal(3000, config.LongPressMs);
        Assert.Equal(30, config.HttpTimeoutSeconds);
        Assert.False(config.DeepSleepBetweenReadings);
        Assert.Equal(ClientConfig.DefaultMaxResponseBytes, config.MaxResponseBytes);
    }

    [Fact]
    public void Every_field_is_read()
    {
        const string json = """
        {"wifi":{"ssid":"Home","password":"pw"},
         "device_authorization_endpoint":"https://id.example/device","token_endpoint":"https://id.example/token",
         "revocation_endpoint":"https://id.example/revoke",
         "client_id":"c","client_secret":"s","client_auth":"basic","scope":"openid offline_access",
         "root_ca_file":"I:\\ca.pem","http_timeout_seconds":20,"max_response_bytes":4096,"pair_on_first_boot":true,
         "oled":{"sda":4,"scl":15,"address":61,"paired_screen_seconds":30},"button":{"pin":33,"long_press_ms":5000},
         "sensor":{"interval_seconds":300,"deep_sleep":true,"readings_url":"https://api.example/readings"}}
        """;
        DeviceConfig config = Parse(json, out string? error)!;
        Assert.Null(error);
        Assert.Equal("Home", config.WifiSsid);
        Assert.Equal("pw", config.WifiPassword);
        ClientConfig client = config.ExplicitClient!;
        Assert.Equal("https://id.example/device", client.DeviceAuthorizationUrl);
        Assert.Equal("https://id.example/token", client.TokenUrl);
        Assert.Equal("https://id.example/revoke", client.RevocationUrl);
        Assert.Equal(("c", "s"), (client.ClientId, client.ClientSecret));
        Assert.Equal(ClientAuthStyle.BasicHeader, client.AuthStyle);
        Assert.Equal("openid offline_access", client.Scope);
        Assert.Equal(4096, client.MaxResponseBytes);
        Assert.Equal("I:\\ca.pem", config.RootCaFile);
        Assert.Equal(20, config.HttpTimeoutSeconds);
        Assert.Equal((4, 15, 61), (config.SdaPin, config.SclPin, config.OledAddress));
        Assert.Equal((33, 5000), (config.ButtonPin, config.LongPressMs));
        Assert.Equal(30, config.PairedScreenSeconds);
        Assert.Equal(300, config.SensorIntervalSeconds);
        Assert.Equal("https://api.example/readings", config.ReadingsUrl);
        Assert.True(config.DeepSleepBetweenReadings);
        Assert.True(config.PairOnFirstBoot);
    }

    [Fact]
    public void A_presets_own_fields_are_read_with_the_preset()
    {
        DeviceConfig config = Parse("""{"provider":"okta","client_id":"c","tenant":"contoso","domain":"sso.example","realm":"home","authorization_server":"aus1","audience":"api://sensor"}""", out string? error)!;

        Assert.Null(error);
        Assert.Equal(("contoso", "sso.example", "home"), (config.Settings.Tenant, config.Settings.Domain, config.Settings.Realm));
        Assert.Equal(("aus1", "api://sensor"), (config.Settings.AuthorizationServer, config.Settings.Audience));
    }

    [Fact]
    public void A_secret_without_client_auth_uses_http_basic_as_discovery_does()
    {
        DeviceConfig config = Parse("""{"client_id":"c","client_secret":"s","device_authorization_endpoint":"https://x/d","token_endpoint":"https://x/t"}""", out _)!;
        Assert.Equal(ClientAuthStyle.BasicHeader, config.ExplicitClient!.AuthStyle);
    }

    [Fact]
    public void A_missing_file_says_so()
    {
        Assert.Null(DeviceConfigParser.Parse(null!, out string error));
        Assert.StartsWith("config.json: missing", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "config.json: JSON: unexpected 'n' at 0")]
    [InlineData("[1,2]", "config.json: not a JSON object")]
    [InlineData("""{"provider":"github"}""", "client_id: required")]
    [InlineData("""{"provider":"github","client_id":"  "}""", "client_id: required")]
    [InlineData("""{"provider":"github","client_id":7}""", "client_id: must be a string")]
    [InlineData("""{"client_id":"c"}""", "provider: give a provider preset, an issuer, or both endpoints")]
    [InlineData("""{"client_id":"c","token_endpoint":"https://x/token"}""", "device_authorization_endpoint: required when the other endpoint is given")]
    [InlineData("""{"client_id":"c","device_authorization_endpoint":"https://x/d"}""", "token_endpoint: required when the other endpoint is given")]
    [InlineData("""{"client_id":"c","device_authorization_endpoint":"http://x/d","token_endpoint":"https://x/t"}""", "device_authorization_endpoint: must be an https:// URL")]
    [InlineData("""{"client_id":"c","issuer":"https://"}""", "issuer: must be an https:// URL")]
    [InlineData("""{"provider":"github","client_id":"c","client_auth":"jwt"}""", "client_auth: must be none, body or basic")]
    [InlineData("""{"provider":"github","client_id":"c","oled":{"sda":40}}""", "oled.sda: must be a whole number from 0 to 39")]
    [InlineData("""{"provider":"github","client_id":"c","oled":{"sda":"21"}}""", "oled.sda: must be a whole number from 0 to 39")]
    [InlineData("""{"provider":"github","client_id":"c","oled":{"sda":22}}""", "oled.scl: must differ from oled.sda")]
    [InlineData("""{"provider":"github","client_id":"c","oled":{"address":200}}""", "oled.address: must be a whole number from 8 to 119")]
    [InlineData("""{"provider":"github","client_id":"c","oled":5}""", "oled: must be an object")]
    [InlineData("""{"provider":"github","client_id":"c","button":{"long_press_ms":100}}""", "button.long_press_ms: must be a whole number from 1000 to 10000")]
    [InlineData("""{"provider":"github","client_id":"c","sensor":{"interval_seconds":0}}""", "sensor.interval_seconds: must be a whole number from 1 to 86400")]
    [InlineData("""{"provider":"github","client_id":"c","sensor":{"readings_url":"http://api.example/r"}}""", "sensor.readings_url: must be an https:// URL")]
    [InlineData("""{"provider":"github","client_id":"c","oled":{"paired_screen_seconds":301}}""", "oled.paired_screen_seconds: must be a whole number from 0 to 300")]
    [InlineData("""{"client_id":"c","client_auth":"basic","device_authorization_endpoint":"https://x/d","token_endpoint":"https://x/t"}""", "client_auth: basic needs a client_secret")]
    [InlineData("""{"client_id":"c","client_auth":"body","device_authorization_endpoint":"https://x/d","token_endpoint":"https://x/t"}""", "client_auth: body needs a client_secret")]
    [InlineData("""{"provider":"github","client_id":"c","client_auth":"none"}""", "client_auth: only with device_authorization_endpoint and token_endpoint (a preset or discovery decides it)")]
    [InlineData("""{"issuer":"https://id.example","client_id":"c","revocation_endpoint":"https://id.example/revoke"}""", "revocation_endpoint: only with device_authorization_endpoint and token_endpoint (a preset or discovery supplies it)")]
    [InlineData("""{"client_id":"c","audience":"api://x","device_authorization_endpoint":"https://x/d","token_endpoint":"https://x/t"}""", "audience: only with a provider preset or an issuer (with both endpoints nothing sends it)")]
    [InlineData("""{"issuer":"https://id.example","client_id":"c","tenant":"contoso"}""", "tenant: only with a provider preset")]
    [InlineData("""{"issuer":"https://id.example","client_id":"c","device_authorization_endpoint":"https://x/d","token_endpoint":"https://x/t"}""", "issuer: give an issuer or both endpoints, not both")]
    [InlineData("""{"provider":"github","client_id":"c","oled":{"sda":34}}""", "oled.sda: GPIO34 is input only (34-39) and cannot drive I2C")]
    [InlineData("""{"provider":"github","client_id":"c","oled":{"scl":6}}""", "oled.scl: GPIO6 belongs to the SPI flash (6-11)")]
    [InlineData("""{"provider":"github","client_id":"c","button":{"pin":36}}""", "button.pin: GPIO36 has no internal pull-up (34-39); the button needs one")]
    [InlineData("""{"provider":"github","client_id":"c","button":{"pin":11}}""", "button.pin: GPIO11 belongs to the SPI flash (6-11)")]
    [InlineData("""{"provider":"github","client_id":"c","button":{"pin":20}}""", "button.pin: the ESP32 has no GPIO20")]
    [InlineData("""{"provider":"github","client_id":"c","sensor":{"deep_sleep":"yes"}}""", "sensor.deep_sleep: must be true or false")]
    [InlineData("""{"provider":"github","client_id":"c","http_timeout_seconds":1.5}""", "http_timeout_seconds: must be a whole number from 5 to 120")]
    [InlineData("""{"provider":"github","client_id":"c","wifi":{"password":"pw"}}""", "wifi.ssid: required")]
    [InlineData("""{"provider":"github","client-id":"c"}""", "client-id: unknown field (a typo?)")]
    [InlineData("""{"provider":"github","client_id":"c","oled":{"sda":21,"sdl":22}}""", "oled.sdl: unknown field (a typo?)")]
    [InlineData("""{"provider":"github","client_id":"c","sensor":{"interval":30}}""", "sensor.interval: unknown field (a typo?)")]
    public void Bad_fields_are_named(string json, string expected)
    {
        Assert.Equal(expected, ErrorOf(json));
    }

    [Fact]
    public void Fields_starting_with_an_underscore_are_comments()
    {
        Assert.NotNull(Parse("""{"_comment":"my sensor","provider":"github","client_id":"c","oled":{"_note":"0x3C"}}""", out string? error));
        Assert.Null(error);
    }

    [Fact]
    public void The_first_type_error_wins_over_a_missing_field()
    {
        Assert.Equal("oled.sda: must be a whole number from 0 to 39", ErrorOf("""{"provider":"github","oled":{"sda":-1}}"""));
    }

    [Fact]
    public void Errors_never_carry_secret_values()
    {
        string error = ErrorOf("""{"provider":"github","client_id":"c","client_secret":"s3cr3t","wifi":{"ssid":"Home","password":"hunter22"},"oled":{"sda":99}}""");
        Assert.DoesNotContain("s3cr3t", error);
        Assert.DoesNotContain("hunter22", error);
    }
}

using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>Each config.json field with a bad value: the board names the field and the problem (shown on the OLED).</summary>
    [TestClass]
    public class ConfigErrorTests
    {
        private const string Base = ConfigCase.Base;

        [TestMethod]
        public static void A_missing_or_unreadable_file_is_named()
        {
            ConfigCase.FailsWhole(null, "config.json: missing on I:\\ (upload it with tools/flash)");
            ConfigCase.FailsWhole("[1,2]", "config.json: not a JSON object");
        }

        [TestMethod]
        public static void Required_fields_and_the_endpoint_source_are_named()
        {
            ConfigCase.Fails("'provider':'github'", "client_id: required");
            ConfigCase.Fails("'provider':'github','client_id':'  '", "client_id: required");
            ConfigCase.Fails("'client_id':'c'", "provider: give a provider preset, an issuer, or both endpoints");
            ConfigCase.Fails("'client_id':'c','device_authorization_endpoint':'https://id.example/d'", "token_endpoint: required when the other endpoint is given");
            ConfigCase.Fails("'client_id':'c','token_endpoint':'https://id.example/t'", "device_authorization_endpoint: required when the other endpoint is given");
        }

        [TestMethod]
        public static void Each_text_field_must_be_a_string()
        {
            ConfigCase.Fails("'provider':1,'client_id':'c'", "provider: must be a string");
            ConfigCase.Fails("'provider':'github','client_id':7", "client_id: must be a string");
            ConfigCase.Fails(Base + ",'client_secret':true", "client_secret: must be a string");
            ConfigCase.Fails(Base + ",'scope':['openid']", "scope: must be a string");
            ConfigCase.Fails(Base + ",'tenant':1", "tenant: must be a string");
            ConfigCase.Fails(Base + ",'domain':1", "domain: must be a string");
            ConfigCase.Fails(Base + ",'realm':1", "realm: must be a string");
            ConfigCase.Fails(Base + ",'authorization_server':1", "authorization_server: must be a string");
            ConfigCase.Fails(Base + ",'audience':1", "audience: must be a string");
            ConfigCase.Fails(Base + ",'root_ca_file':1", "root_ca_file: must be a string");
        }

        [TestMethod]
        public static void Every_url_must_be_https()
        {
            // RFC 8628 §3.1 and RFC 6749 §3.1: the endpoints require TLS.
            ConfigCase.Fails("'client_id':'c','issuer':'http://id.example'", "issuer: must be an https:// URL");
            ConfigCase.Fails("'client_id':'c','device_authorization_endpoint':'http://id.example/d','token_endpoint':'https://id.example/t'", "device_authorization_endpoint: must be an https:// URL");
            ConfigCase.Fails("'client_id':'c','device_authorization_endpoint':'https://id.example/d','token_endpoint':'https://'", "token_endpoint: must be an https:// URL");
            ConfigCase.Fails(Base + ",'revocation_endpoint':'ftp://id.example/r'", "revocation_endpoint: must be an https:// URL");
        }

        [TestMethod]
        public static void Numbers_flags_and_choices_out_of_range_are_named()
        {
            ConfigCase.Fails(Base + ",'max_response_bytes':1023", "max_response_bytes: must be a whole number from 1024 to 65536");
            ConfigCase.Fails(Base + ",'http_timeout_seconds':121", "http_timeout_seconds: must be a whole number from 5 to 120");
            ConfigCase.Fails(Base + ",'http_timeout_seconds':'30'", "http_timeout_seconds: must be a whole number from 5 to 120");
            ConfigCase.Fails(Base + ",'http_timeout_seconds':30.5", "http_timeout_seconds: must be a whole number from 5 to 120");
            ConfigCase.Fails(Base + ",'pair_on_first_boot':'yes'", "pair_on_first_boot: must be true or false");
            ConfigCase.Fails(Base + ",'client_auth':'post'", "client_auth: must be none, body or basic");
        }

        [TestMethod]
        public static void Wifi_fields_are_named()
        {
            ConfigCase.Fails(Base + ",'wifi':'home'", "wifi: must be an object");
            ConfigCase.Fails(Base + ",'wifi':{'password':'pw'}", "wifi.ssid: required");
            ConfigCase.Fails(Base + ",'wifi':{'ssid':5}", "wifi.ssid: must be a string");
            ConfigCase.Fails(Base + ",'wifi':{'ssid':'home','password':12345678}", "wifi.password: must be a string");
            ConfigCase.Fails(Base + ",'wifi':{'ssid':'home','pass':'pw'}", "wifi.pass: unknown field (a typo?)");
        }

        [TestMethod]
        public static void Oled_fields_are_named()
        {
            ConfigCase.Fails(Base + ",'oled':[4,15]", "oled: must be an object");
            ConfigCase.Fails(Base + ",'oled':{'sda':40}", "oled.sda: must be a whole number from 0 to 39");
            ConfigCase.Fails(Base + ",'oled':{'scl':-1}", "oled.scl: must be a whole number from 0 to 39");
            ConfigCase.Fails(Base + ",'oled':{'address':120}", "oled.address: must be a whole number from 8 to 119");
            ConfigCase.Fails(Base + ",'oled':{'sda':22}", "oled.scl: must differ from oled.sda");
            ConfigCase.Fails(Base + ",'oled':{'sdaa':4}", "oled.sdaa: unknown field (a typo?)");
        }

        [TestMethod]
        public static void Pins_are_checked_for_what_an_ESP32_pin_can_do()
        {
            ConfigCase.Fails(Base + ",'oled':{'sda':6}", "oled.sda: GPIO6 belongs to the SPI flash (6-11)");
            ConfigCase.Fails(Base + ",'oled':{'scl':36}", "oled.scl: GPIO36 is input only (34-39) and cannot drive I2C");
            ConfigCase.Fails(Base + ",'button':{'pin':35}", "button.pin: GPIO35 has no internal pull-up (34-39); the button needs one");
            ConfigCase.Fails(Base + ",'button':{'pin':24}", "button.pin: the ESP32 has no GPIO24");
        }

        [TestMethod]
        public static void Button_and_sensor_fields_are_named()
        {
            ConfigCase.Fails(Base + ",'button':1", "button: must be an object");
            ConfigCase.Fails(Base + ",'button':{'pin':40}", "button.pin: must be a whole number from 0 to 39");
            ConfigCase.Fails(Base + ",'button':{'long_press_ms':999}", "button.long_press_ms: must be a whole number from 1000 to 10000");
            ConfigCase.Fails(Base + ",'button':{'gpio':0}", "button.gpio: unknown field (a typo?)");
            ConfigCase.Fails(Base + ",'sensor':true", "sensor: must be an object");
            ConfigCase.Fails(Base + ",'sensor':{'interval_seconds':0}", "sensor.interval_seconds: must be a whole number from 1 to 86400");
            ConfigCase.Fails(Base + ",'sensor':{'deep_sleep':1}", "sensor.deep_sleep: must be true or false");
            ConfigCase.Fails(Base + ",'sensor':{'intervall_seconds':30}", "sensor.intervall_seconds: unknown field (a typo?)");
        }

        [TestMethod]
        public static void A_typo_is_named_before_the_field_it_leaves_missing()
        {
            ConfigCase.Fails("'provider':'github','client-id':'c'", "client-id: unknown field (a typo?)");
        }
    }
}

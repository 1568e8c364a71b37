using DeviceFlow.Core.Config;
using DeviceFlow.Core.Protocol;
using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>Every config.json field, read on the board's runtime with a valid value (numbers as the parser boxes them).</summary>
    [TestClass]
    public class ConfigFieldTests
    {
        [TestMethod]
        public static void Defaults_fill_what_the_file_leaves_out()
        {
            DeviceConfig config = ConfigCase.Parses(ConfigCase.Base);

            Assert.AreEqual("github", config.Provider);
            Assert.AreEqual("Iv1.x", config.Settings.ClientId);
            Assert.IsNull(config.WifiSsid);
            Assert.IsNull(config.ExplicitClient);
            Assert.AreEqual(DeviceConfig.DefaultSdaPin, config.SdaPin);
            Assert.AreEqual(DeviceConfig.DefaultSclPin, config.SclPin);
            Assert.AreEqual(DeviceConfig.DefaultOledAddress, config.OledAddress);
            Assert.AreEqual(DeviceConfig.DefaultButtonPin, config.ButtonPin);
            Assert.AreEqual(DeviceConfig.DefaultLongPressMs, config.LongPressMs);
            Assert.AreEqual(DeviceConfig.DefaultHttpTimeoutSeconds, config.HttpTimeoutSeconds);
            Assert.AreEqual(DeviceConfig.DefaultSensorIntervalSeconds, config.SensorIntervalSeconds);
            Assert.AreEqual(ClientConfig.DefaultMaxResponseBytes, config.MaxResponseBytes);
            Assert.IsFalse(config.DeepSleepBetweenReadings);
            Assert.IsFalse(config.PairOnFirstBoot);
        }

        [TestMethod]
        public static void Every_top_level_field_is_read()
        {
            DeviceConfig config = ConfigCase.Parses("'provider':'entra','issuer':'https://login.example/t/v2.0','client_id':'c-1','client_secret':'s-1','scope':'openid offline_access','tenant':'t-1','domain':'d.example','realm':'r-1','authorization_server':'default','audience':'https://api.example','max_response_bytes':4096,'root_ca_file':'I:\\\\ca.pem','http_timeout_seconds':45,'pair_on_first_boot':true,'_comment':'skipped'");

            Assert.AreEqual("entra", config.Provider);
            Assert.AreEqual("https://login.example/t/v2.0", config.Issuer);
            Assert.AreEqual("c-1", config.Settings.ClientId);
            Assert.AreEqual("s-1", config.Settings.ClientSecret);
            Assert.AreEqual("openid offline_access", config.Settings.Scope);
            Assert.AreEqual("t-1", config.Settings.Tenant);
            Assert.AreEqual("d.example", config.Settings.Domain);
            Assert.AreEqual("r-1", config.Settings.Realm);
            Assert.AreEqual("default", config.Settings.AuthorizationServer);
            Assert.AreEqual("https://api.example", config.Settings.Audience);
            Assert.AreEqual(4096, config.MaxResponseBytes);
            Assert.AreEqual("I:\\ca.pem", config.RootCaFile);
            Assert.AreEqual(45, config.HttpTimeoutSeconds);
            Assert.IsTrue(config.PairOnFirstBoot);
        }

        [TestMethod]
        public static void Explicit_endpoints_make_the_client()
        {
            DeviceConfig config = ConfigCase.Parses("'client_id':'c','client_secret':'s','device_authorization_endpoint':'https://id.example/device','token_endpoint':'https://id.example/token','revocation_endpoint':'https://id.example/revoke','client_auth':'body','max_response_bytes':2048");

            Assert.IsNotNull(config.ExplicitClient);
            Assert.AreEqual("https://id.example/device", config.ExplicitClient.DeviceAuthorizationUrl);
            Assert.AreEqual("https://id.example/token", config.ExplicitClient.TokenUrl);
            Assert.AreEqual("https://id.example/revoke", config.ExplicitClient.RevocationUrl);
            Assert.IsTrue(config.ExplicitClient.AuthStyle == ClientAuthStyle.RequestBody);
            Assert.AreEqual(2048, config.ExplicitClient.MaxResponseBytes);
            Assert.IsTrue(ConfigCase.Parses("'client_id':'c','client_secret':'s','device_authorization_endpoint':'https://a.example/d','token_endpoint':'https://a.example/t'").ExplicitClient.AuthStyle == ClientAuthStyle.BasicHeader);
            Assert.IsTrue(ConfigCase.Parses("'client_id':'c','device_authorization_endpoint':'https://a.example/d','token_endpoint':'https://a.example/t'").ExplicitClient.AuthStyle == ClientAuthStyle.None);
        }

        [TestMethod]
        public static void The_sections_are_read()
        {
            DeviceConfig config = ConfigCase.Parses(ConfigCase.Base + ",'wifi':{'ssid':'workshop','password':'pw'},'oled':{'sda':4,'scl':15,'address':61},'button':{'pin':27,'long_press_ms':5000},'sensor':{'interval_seconds':120,'deep_sleep':true}");

            Assert.AreEqual("workshop", config.WifiSsid);
            Assert.AreEqual("pw", config.WifiPassword);
            Assert.AreEqual(4, config.SdaPin);
            Assert.AreEqual(15, config.SclPin);
            Assert.AreEqual(61, config.OledAddress);
            Assert.AreEqual(27, config.ButtonPin);
            Assert.AreEqual(5000, config.LongPressMs);
            Assert.AreEqual(120, config.SensorIntervalSeconds);
            Assert.IsTrue(config.DeepSleepBetweenReadings);
        }

        [TestMethod]
        public static void Range_ends_are_accepted()
        {
            DeviceConfig low = ConfigCase.Parses(ConfigCase.Base + ",'oled':{'sda':0,'scl':33,'address':8},'button':{'long_press_ms':1000},'sensor':{'interval_seconds':1},'http_timeout_seconds':5,'max_response_bytes':1024");
            DeviceConfig high = ConfigCase.Parses(ConfigCase.Base + ",'oled':{'sda':33,'scl':0,'address':119},'button':{'pin':33,'long_press_ms':10000},'sensor':{'interval_seconds':86400},'http_timeout_seconds':120,'max_response_bytes':65536");

            Assert.AreEqual(0, low.SdaPin);
            Assert.AreEqual(8, low.OledAddress);
            Assert.AreEqual(1000, low.LongPressMs);
            Assert.AreEqual(1, low.SensorIntervalSeconds);
            Assert.AreEqual(5, low.HttpTimeoutSeconds);
            Assert.AreEqual(1024, low.MaxResponseBytes);
            Assert.AreEqual(119, high.OledAddress);
            Assert.AreEqual(33, high.ButtonPin);
            Assert.AreEqual(10000, high.LongPressMs);
            Assert.AreEqual(86400, high.SensorIntervalSeconds);
            Assert.AreEqual(120, high.HttpTimeoutSeconds);
            Assert.AreEqual(65536, high.MaxResponseBytes);
        }
    }
}

using DeviceFlow.Core.Config;
using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>config.json through the core's JSON reader on the device runtime: every field checked and named.</summary>
    [TestClass]
    public class ConfigOnDeviceTests
    {
        [TestMethod]
        public static void A_full_config_parses()
        {
            string error;
            DeviceConfig config = DeviceConfigParser.Parse("{\"provider\":\"github\",\"client_id\":\"Iv1.x\",\"oled\":{\"sda\":4,\"scl\":15,\"address\":60},\"sensor\":{\"interval_seconds\":120,\"deep_sleep\":true}}", out error);

            Assert.IsNull(error);
            Assert.AreEqual(4, config.SdaPin);
            Assert.AreEqual(15, config.SclPin);
            Assert.AreEqual(60, config.OledAddress);
            Assert.AreEqual(120, config.SensorIntervalSeconds);
            Assert.IsTrue(config.DeepSleepBetweenReadings);
        }

        [TestMethod]
        public static void A_bad_pin_is_named()
        {
            string error;
            DeviceConfig config = DeviceConfigParser.Parse("{\"provider\":\"github\",\"client_id\":\"c\",\"oled\":{\"sda\":40}}", out error);

            Assert.IsNull(config);
            Assert.AreEqual("oled.sda: must be a whole number from 0 to 39", error);
        }

        [TestMethod]
        public static void An_unknown_field_is_named_through_the_hashtable_keys()
        {
            string error;
            DeviceConfig config = DeviceConfigParser.Parse("{\"provider\":\"github\",\"client_id\":\"c\",\"sensor\":{\"intervall_seconds\":30}}", out error);

            Assert.IsNull(config);
            Assert.AreEqual("sensor.intervall_seconds: unknown field (a typo?)", error);
        }
    }
}

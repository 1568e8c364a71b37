namespace DeviceFlow.Core.Config
{
    /// <summary>
    /// What each ESP32 GPIO can do, so config.json cannot name a pin that would hang the board or never work.
    /// ESP-IDF's GPIO guide for the ESP32 (espressif/esp-idf docs/en/api-reference/peripherals/gpio.rst):
    /// "GPIO6-11 are usually used for SPI flash" and "GPIO34-39 can only be set as input mode and do not have
    /// software pullup or pulldown functions"; the ESP32 Technical Reference Manual (IO_MUX pad list) has no
    /// GPIO20, 24 or 28-31.
    /// </summary>
    internal static class Esp32Pins
    {
        /// <summary>Null when the pin can carry I2C (an open-drain output), else why not.</summary>
        public static string I2cProblem(int pin)
        {
            string common = Common(pin);
            if (common != null)
            {
                return common;
            }

            return IsInputOnly(pin) ? "GPIO" + pin + " is input only (34-39) and cannot drive I2C" : null;
        }

        /// <summary>
        /// Null when the button can sit on the pin: the driver reads it with the internal pull-up (the BOOT button
        /// on GPIO0 pulls it low), which GPIO34-39 do not have.
        /// </summary>
        public static string ButtonProblem(int pin)
        {
            string common = Common(pin);
            if (common != null)
            {
                return common;
            }

            return IsInputOnly(pin) ? "GPIO" + pin + " has no internal pull-up (34-39); the button needs one" : null;
        }

        private static bool IsInputOnly(int pin)
        {
            return pin >= 34 && pin <= 39;
        }

        private static string Common(int pin)
        {
            if (pin >= 6 && pin <= 11)
            {
                return "GPIO" + pin + " belongs to the SPI flash (6-11)";
            }

            if (pin == 20 || pin == 24 || (pin >= 28 && pin <= 31))
            {
                return "the ESP32 has no GPIO" + pin;
            }

            return null;
        }
    }
}

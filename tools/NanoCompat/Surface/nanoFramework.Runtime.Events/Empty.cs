// Surface of nanoFramework.Runtime.Events 1.11.39: intentionally empty. The firmware uses no member of it
// directly; it is here because System.Device.Gpio, System.Net, System.Device.Wifi, System.Net.Http and
// nanoFramework.Hardware.Esp32 depend on it (their nuspecs), so it is in the app's packages.config.

// Surface of nanoFramework.System.Math 1.5.116: intentionally empty. Nothing here calls System.Math; the
// package is in the app's packages.config only because Iot.Device.Ssd13xx depends on it
// (nanoframework/nanoFramework.IoT.Device@122ebb1a7, devices/Ssd13xx/Ssd13xx.nuspec).

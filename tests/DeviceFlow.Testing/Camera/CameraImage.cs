namespace DeviceFlow.Testing.Camera;

/// <summary>An 8-bit grey picture, row by row, as a scanner's decoder takes it.</summary>
public sealed record CameraImage(byte[] Gray, int Width, int Height);

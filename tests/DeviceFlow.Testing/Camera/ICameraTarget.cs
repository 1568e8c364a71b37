namespace DeviceFlow.Testing.Camera;

/// <summary>
/// A flat thing in front of the camera: how bright each point of it is, from 0 (black) to 1 (the brightest it shows:
/// white paper, a lit OLED pixel), in millimetres from its centre, x to the right and y down.
/// </summary>
public interface ICameraTarget
{
    /// <summary>Width of the part the camera must see whole (the panel's active area, the code with its quiet zone).</summary>
    double WidthMm { get; }

    double HeightMm { get; }

    /// <summary>Brightness anywhere, the surroundings included (the panel's black border, the paper around a print).</summary>
    double Brightness(double xMm, double yMm);
}

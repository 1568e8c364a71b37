using System.Collections.Generic;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Host.Display;
using DeviceFlow.Testing;
using ZXing;
using ZXing.Common;

namespace DeviceFlow.Screens.Tests;

/// <summary>Records what the screen pushed to the panel.</summary>
internal sealed class RecordingDisplay : IDisplay
{
    public List<byte[]> Frames { get; } = new();

    public List<bool> PowerChanges { get; } = new();

    public byte[] Last => Frames[^1];

    public void Show(byte[] frame) => Frames.Add((byte[])frame.Clone());

    public void SetPower(bool on) => PowerChanges.Add(on);
}

internal static class ScreenKit
{
    /// <summary>The pairing state a real device authorization answer leads to, through the real protocol and machine.</summary>
    public static PairingState ShowingCode(HttpResult deviceAuthorizationAnswer)
    {
        DeviceFlowProtocol protocol = Protocol(deviceAuthorizationAnswer);
        PairingState requesting = PairingMachine.Step(PairingState.Idle, PairingEvent.StartRequested(), 0);
        PairingState showing = PairingMachine.Step(requesting, PairingEvent.CodeAnswered(protocol.RequestDeviceAuthorization(), 0), 0);
        Assert.Equal(PairingPhase.ShowingCode, showing.Phase);
        return showing;
    }

    /// <summary>The state after one poll that got this answer, five seconds into the pairing.</summary>
    public static PairingState Polled(PairingState state, HttpResult tokenAnswer)
        => PairingMachine.Step(state, PairingEvent.PollAnswered(Protocol(tokenAnswer).PollToken("not-shown"), 0), 5_000);

    public static PairingState Polled(PairingState state, string json)
        => Polled(state, HttpResult.Completed(json.Contains("\"error\"") ? 400 : 200, "application/json", json, HttpResult.NoRetryAfter));

    private static DeviceFlowProtocol Protocol(HttpResult answer)
    {
        var config = new ClientConfig
        {
            ClientId = "sensor-firmware",
            Scope = "openid offline_access",
            DeviceAuthorizationUrl = "https://as.example.com/device_authorization",
            TokenUrl = "https://as.example.com/token",
        };
        return new DeviceFlowProtocol(config, new ScriptedTransport().Then(answer));
    }

    public static PairingState ShowingCode(string json) => ShowingCode(HttpResult.Completed(200, "application/json", json, HttpResult.NoRetryAfter));

    public static string DeviceAuthorizationJson(string userCode, string uri, string? complete, int expiresIn = 900)
        => "{\"device_code\":\"" + OAuthJson.DeviceCode + "\",\"user_code\":\"" + userCode + "\",\"verification_uri\":\"" + uri + "\","
           + (complete == null ? string.Empty : "\"verification_uri_complete\":\"" + complete + "\",")
           + "\"expires_in\":" + expiresIn + ",\"interval\":5}";

    /// <summary>
    /// Decodes the QR code in a frame as a camera sees the panel: lit pixels light, the rest and the panel's edge
    /// dark. Null when there is none.
    /// </summary>
    public static string? DecodeQr(byte[] frame, int scale = QrScale) => DecodeQrWithPoints(frame, scale)?.Text;

    /// <summary>
    /// Panel pixels per module of the QR in the frame: the distance between the centres of two finder patterns ZXing
    /// found, over the (size − 7) modules between them, the size taken from the decoded text's own symbol.
    /// </summary>
    public static double QrModulePixels(byte[] frame, int maxVersion)
    {
        Result result = DecodeQrWithPoints(frame, QrScale) ?? throw new Xunit.Sdk.XunitException("no QR code in the frame");
        ResultPoint bottomLeft = result.ResultPoints[0], topLeft = result.ResultPoints[1];
        double distance = System.Math.Sqrt(System.Math.Pow(topLeft.X - bottomLeft.X, 2) + System.Math.Pow(topLeft.Y - bottomLeft.Y, 2));
        return distance / QrScale / (QrCode.Encode(result.Text, maxVersion).Size - 7);
    }

    /// <summary>
    /// One image pixel per panel pixel: the exact frame. (ZXing.Net 0.16.11 misses some symbols drawn at 4 or more
    /// pixels per module, its own encoder's matrix included; 2 px per module it reads. Scale 3 reads the old
    /// one-pixel modules.)
    /// </summary>
    private const int QrScale = 1;

    private static Result? DecodeQrWithPoints(byte[] frame, int scale)
    {
        int width = (Frame.Width + 2 * FramePng.Border) * scale;
        int height = (Frame.Height + 2 * FramePng.Border) * scale;
        var luminance = new byte[width * height];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int px = x / scale - FramePng.Border;
                int py = y / scale - FramePng.Border;
                bool lit = px >= 0 && px < Frame.Width && py >= 0 && py < Frame.Height && FramePixels.IsOn(frame, px, py);
                luminance[y * width + x] = lit ? (byte)255 : (byte)0;
            }
        }

        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = false,
            Options = new DecodingOptions { PossibleFormats = new[] { BarcodeFormat.QR_CODE } },
        };
        return reader.Decode(new RGBLuminanceSource(luminance, width, height, RGBLuminanceSource.BitmapFormat.Gray8));
    }

    public static Frame Render(System.Action<Frame> draw)
    {
        var frame = new Frame();
        draw(frame);
        return frame;
    }
}

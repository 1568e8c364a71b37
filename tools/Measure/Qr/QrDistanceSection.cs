using System;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Measure.Report;
using DeviceFlow.Testing;
using DeviceFlow.Testing.Camera;

namespace DeviceFlow.Measure.Qr;

/// <summary>
/// Table 7: how far from the 0.96" panel a phone reads the show-code QR, today's one-pixel modules against the new
/// two-pixel ones, through the virtual camera (tests/DeviceFlow.Testing/Camera), calibrated on printed codes first.
/// </summary>
public static class QrDistanceSection
{
    public const int Trials = 5;
    public const int Seed = 15;
    private const int FromCm = 3;

    /// <summary>The prints read well below the focus limit (big modules); starting nearer only costs time.</summary>
    private const int PrintFromCm = 8;

    /// <summary>A scanner decodes ~30 preview frames a second: most frames reading is a scan within a second.</summary>
    private const int Majority = Trials / 2 + 1;
    private const int ToCm = 60;

    /// <summary>issue 15: the DevServer's complete URI must scan from at least this far, and every URI twice as far as before.</summary>
    public const int GoalCm = 12;

    public static Section Run()
    {
        var camera = new VirtualCamera();
        var scan = new QrScan(camera, Trials, Seed);
        var anyFocus = new QrScan(new VirtualCamera { MinFocusMm = 0 }, Trials, Seed);
        var section = new Section(7, "Farthest distance a phone reads the show-code QR off the 0.96\" OLED (virtual camera, cm)");

        var calibration = new MarkdownTable("printed code (dark on white)", "code width", "module", "read from (cm)", "farthest / width", "guidance");
        foreach ((string text, int version, double moduleMm) in new[] { ("https://github.com/login/device", 2, 0.8), ("https://github.com/login/device", 2, 1.2), (VerificationUris.DevServer.QrText, 3, 1.0) })
        {
            QrCode qr = QrCode.Encode(text, version)!;
            var print = new PrintedQr(qr, moduleMm);
            ScanRange? range = scan.Range(print, text, PrintFromCm, ToCm);
            calibration.Row($"version {qr.Version}", $"{print.CodeWidthMm:0} mm", $"{moduleMm:0.0} mm", Format(range), range == null ? "n/a" : MarkdownTable.Ratio(range.FarthestCm * 10 / print.CodeWidthMm), "10× (10:1 rule)");
        }

        var table = new MarkdownTable("URI (QR text)", "version old → new", "old: 1 px/module", "old, if a phone focused at any distance", "new: 2 px/module", $"new, ≥ {Majority} of {Trials} frames", "new / old (any focus)", $"goal: ≥ 2× and ≥ {GoalCm} cm (DevServer)");
        foreach (VerificationUris.Row row in VerificationUris.Measured)
        {
            byte[]? oldFrame = OnePixelQrScreen.Draw(row.UserCode, VerificationUrl.Shorten(row.Uri), row.QrText);
            var newFrame = new Frame();
            new ShowCodeScreen().Draw(newFrame, row.UserCode, VerificationUrl.Shorten(row.Uri), row.QrText, 299, 900, PairingTrouble.None);

            ScanRange? old = oldFrame == null ? null : scan.Range(new OledPanel(oldFrame), row.QrText, FromCm, ToCm);
            ScanRange? oldAnyFocus = oldFrame == null ? null : anyFocus.Range(new OledPanel(oldFrame), row.QrText, FromCm, ToCm);
            ScanRange? now = scan.Range(new OledPanel(newFrame.Bytes), row.QrText, FromCm, ToCm);
            ScanRange? nowMost = scan.Range(new OledPanel(newFrame.Bytes), row.QrText, FromCm, ToCm, Majority);
            double ratio = now == null || oldAnyFocus == null ? double.NaN : (double)now.FarthestCm / oldAnyFocus.FarthestCm;
            bool devServer = row == VerificationUris.DevServer;
            bool goal = now != null && (oldAnyFocus == null || ratio >= 2) && (!devServer || now.FarthestCm >= GoalCm);
            table.Row($"{row.Name}: {row.QrText}", $"{OldVersion(row.QrText)} → {NewVersion(row.QrText)}",
                Format(old), Format(oldAnyFocus), Format(now), Format(nowMost), MarkdownTable.Ratio(ratio), goal ? "met" : "not met");
        }

        section.Tables.Add(calibration);
        section.Tables.Add(table);
        section.Notes.Add($"Each cell is the range of whole centimetres ({FromCm}–{ToCm}) at which all {Trials} seeded trials (or, where the column says so, most of them) decode (ZXing.Net, TryHarder) to the intended text; \"none\" when no distance does. Every run prints the same figures.");
        section.Notes.Add($"Camera: {camera.FrameWidth} px across {camera.HorizontalFovDegrees}° (as a scanner's 1280×720 analysis frame), target centred, tilt up to ±{camera.MaxTiltDegrees}° about both axes and ±{camera.MaxRollDegrees}° roll, focus no closer than {camera.MinFocusMm / 10} cm (iPhone X wide camera, Apple WWDC21; later iPhones 12–20 cm), defocus for a {camera.ApertureMm} mm aperture below that, optics blur σ = {camera.OpticsBlurPixels} px, noise σ = {camera.NoiseLevels} levels.");
        section.Notes.Add("Calibration: the optics blur is the one free parameter, set so that printed codes land on the 10:1 rule of QR sizing guides (scan distance ≈ 10 × code width); the first table is that check, run with the same camera.");
        section.Notes.Add("Panel: 21.744 × 10.864 mm active area (0.17 mm pitch), 0.15 mm emitters (DisplayModule 0.96\" 128×64 datasheets); lit pixels are the exposure's white, everything else the dark glass.");
        return section;
    }

    private static string Format(ScanRange? range) => range == null ? "none" : range.NearestCm == range.FarthestCm ? $"{range.FarthestCm}" : $"{range.NearestCm}–{range.FarthestCm}";

    private static string NewVersion(string text)
        => (QrCode.Encode(text, 3) ?? QrCode.Encode(QrUrl.UpperSchemeAndHost(text), 3))?.Version.ToString() ?? "none";

    private static string OldVersion(string text) => OnePixelQrScreen.Symbol(text)?.Version.ToString() ?? "none";
}

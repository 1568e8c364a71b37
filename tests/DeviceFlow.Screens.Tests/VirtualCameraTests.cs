using System;
using System.Linq;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Testing;
using DeviceFlow.Testing.Camera;

namespace DeviceFlow.Screens.Tests;

/// <summary>
/// issue 15: the show-code QR as a phone sees it, through the virtual camera with the parameters and seed of
/// tools/Measure table 7 (so these checks and the README's figures are the same trials).
/// </summary>
public class VirtualCameraTests
{
    private static readonly VirtualCamera Camera = new();
    private static readonly QrScan Scan = new(Camera, Trials, Seed);

    private const int Trials = 5;
    private const int Seed = 15;

    /// <summary>Where the phone first focuses (VirtualCamera.MinFocusMm): nearer, nothing is sharp.</summary>
    private static readonly int FocusCm = (int)(Camera.MinFocusMm / 10);

    /// <summary>Calibration: the 10:1 rule of QR sizing guides, within ±20 %, for two printed codes.</summary>
    [Theory]
    [InlineData(2, 0.8)]
    [InlineData(3, 1.0)]
    public void A_printed_code_reads_from_about_ten_times_its_width(int version, double moduleMm)
    {
        string text = version == 2 ? VerificationUris.GitHub.QrText : VerificationUris.DevServer.QrText;
        QrCode qr = QrCode.Encode(text, version)!;
        Assert.Equal(version, qr.Version);
        var print = new PrintedQr(qr, moduleMm);

        ScanRange range = Scan.Range(print, text, 15, 45)!;
        double timesWidth = range.FarthestCm * 10 / print.CodeWidthMm;
        Assert.InRange(timesWidth, 8, 12);
    }

    public static TheoryData<string> NoQrFrames => new() { "blank", "all lit", "no-QR show-code screen", "booting screen" };

    [Theory]
    [MemberData(nameof(NoQrFrames))]
    public void A_frame_without_a_QR_never_decodes(string name)
    {
        byte[] frame = name switch
        {
            "blank" => new Frame().Bytes,
            "all lit" => ScreenKit.Render(f => f.FillRect(0, 0, Frame.Width, Frame.Height, true)).Bytes,
            "no-QR show-code screen" => ScreenCatalog.Render("show-code-no-qr"),
            _ => ScreenCatalog.Render("booting"),
        };

        foreach (int cm in new[] { 5, 10, 20 })
        {
            Assert.Equal(0, Scan.DecodesAt(new OledPanel(frame), cm));
        }
    }

    [Fact]
    public void A_capture_depends_only_on_its_seed()
    {
        var panel = new OledPanel(ScreenCatalog.Render("show-code-github"));
        CameraImage first = Camera.Capture(panel, 120, new Random(1));
        CameraImage again = Camera.Capture(panel, 120, new Random(1));
        CameraImage other = Camera.Capture(panel, 120, new Random(2));
        Assert.Equal(first.Gray, again.Gray);
        Assert.NotEqual(first.Gray, other.Gray);
    }

    public static TheoryData<string> PresetUris => new(VerificationUris.All.Select(row => row.Name));

    /// <summary>
    /// The new layout, for every preset's URI, where the phone first focuses: most frames decode (a scanner tries ~30
    /// a second, so that is a scan within a second).
    /// </summary>
    [Theory]
    [MemberData(nameof(PresetUris))]
    public void The_new_layout_reads_in_most_frames_from_the_focus_limit_for_every_preset_uri(string name)
    {
        VerificationUris.Row row = VerificationUris.All.Single(r => r.Name == name);
        Assert.True(Scan.ReadCount(new OledPanel(NewFrame(row)), row.QrText, FocusCm) > Trials / 2);
    }

    public static TheoryData<string> MeasuredUris => new(VerificationUris.Measured.Select(row => row.Name));

    /// <summary>
    /// Table 7's rows: today's one-pixel modules read nowhere a phone focuses, and even with focus at any distance only
    /// at 3 cm; the new layout reads in every frame at 10 cm, where phones start to focus, more than twice that. (The old
    /// frame itself is fine: ZXing reads it pixel for pixel.)
    /// </summary>
    [Theory]
    [MemberData(nameof(MeasuredUris))]
    public void The_old_layout_reads_nowhere_a_phone_focuses_and_the_new_one_twice_as_far_as_it_reads_at_all(string name)
    {
        VerificationUris.Row row = VerificationUris.Measured.Single(r => r.Name == name);
        byte[] old = OnePixelQrScreen.Draw(row.UserCode, VerificationUrl.Shorten(row.Uri), row.QrText)!;
        Assert.True(QrScan.SameUrl(ScreenKit.DecodeQr(old, scale: 3), row.QrText));

        for (int cm = FocusCm; cm <= FocusCm + 2; cm++)
        {
            Assert.Equal(0, Scan.ReadCount(new OledPanel(old), row.QrText, cm));
        }

        var anyFocus = new QrScan(new VirtualCamera { MinFocusMm = 0 }, Trials, Seed);
        Assert.True(anyFocus.ReadsAt(new OledPanel(old), row.QrText, OldAnyFocusCm));
        Assert.False(anyFocus.ReadsAt(new OledPanel(old), row.QrText, OldAnyFocusCm + 1));
        Assert.True(Scan.ReadsAt(new OledPanel(NewFrame(row)), row.QrText, FocusCm));
        Assert.True(FocusCm >= 2 * OldAnyFocusCm);
    }

    /// <summary>Table 7: the farthest the old layout reads if a phone could focus at any distance.</summary>
    private const int OldAnyFocusCm = 3;

    private static byte[] NewFrame(VerificationUris.Row row)
    {
        var frame = new Frame();
        new ShowCodeScreen().Draw(frame, row.UserCode, VerificationUrl.Shorten(row.Uri), row.QrText, 299, 900, PairingTrouble.None);
        return frame.Bytes;
    }
}

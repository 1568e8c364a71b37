using System.Text;
using DeviceFlow.Core.Ports;
using DeviceFlow.Testing;

namespace DeviceFlow.Tokens.Tests;

/// <summary>Tokens never reach the log or the screen's status; the device_code never reaches flash.</summary>
public class SecretsTests
{
    [Fact]
    public void A_whole_life_of_the_device_leaks_no_token_to_the_log_and_no_device_code_to_flash()
    {
        var device = new TestDevice();
        device.Lifecycle.Start();
        device.PairingAnswers();
        device.Button = new ScriptedButton(ButtonPress.Short);
        device.Lifecycle.EnsurePaired();
        Assert.False(device.Flash.Contains(Encoding.UTF8.GetBytes(OAuthJson.DeviceCode)));

        device.RefreshAnswers("at-rotated-secret", "rt-rotated-secret");
        device.Tokens.ReportUnauthorized(OAuthJson.AccessToken);
        device.Server.ThenJson(503, "{}");
        device.Time.Advance(4000_000);
        device.Tokens.Get();
        device.Reboot(wallClockKnown: false);
        device.Server.ThenJson(400, OAuthJson.Error("invalid_grant"));
        device.Lifecycle.Start();
        device.Flash.Put("tokens.a", Encoding.UTF8.GetBytes("garbage"));
        device.Reboot().Start();
        device.StoreTokens("at-last-secret", "rt-last-secret", 3600);
        device.Reboot().Start();
        device.Server.Then(HttpResult.Completed(200, null, string.Empty, HttpResult.NoRetryAfter));
        device.Lifecycle.FactoryReset();

        Assert.True(device.Log.Lines.Count > 15, "the scenario logged too little to prove anything");
        string log = device.Log.All;
        string statuses = string.Join("\n", device.Observer.Statuses.ConvertAll(s => s.Reason ?? string.Empty));
        foreach (string secret in new[] { OAuthJson.AccessToken, OAuthJson.RefreshToken, OAuthJson.DeviceCode, "at-rotated-secret", "rt-rotated-secret", "at-last-secret", "rt-last-secret", "secret" })
        {
            Assert.DoesNotContain(secret, log);
            Assert.DoesNotContain(secret, statuses);
        }
    }
}

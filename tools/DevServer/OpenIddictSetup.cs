using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace DeviceFlow.DevServer;

/// <summary>OpenIddict as an RFC 8628 server with the endpoints the firmware and the verification page use.</summary>
internal static class OpenIddictSetup
{
    public const string DeviceAuthorizationPath = "/connect/device";
    public const string TokenPath = "/connect/token";
    public const string RevocationPath = "/connect/revoke";
    // Short on purpose: verification_uri_complete ("https://127.0.0.1:<port>/device?user_code=NNNN-NNNN-NNNN") must
    // fit a version-3 QR code, the largest the OLED shows at two pixels per module ("/connect/verify" did not).
    public const string VerificationPath = "/device";

    public static void AddDevOpenIddict(this IServiceCollection services, DevServerOptions options, DevCertificates certificates, DevServerCounters counters)
    {
        string database = Path.GetFullPath(Path.Combine(options.DataFolder, "devserver.db"));
        services.AddDbContext<DevDbContext>(db =>
        {
            db.UseSqlite("Data Source=" + database);
            db.UseOpenIddict();
        });

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<DevDbContext>())
            .AddServer(server =>
            {
                server.SetDeviceAuthorizationEndpointUris(DeviceAuthorizationPath)
                    .SetTokenEndpointUris(TokenPath)
                    .SetRevocationEndpointUris(RevocationPath)
                    .SetEndUserVerificationEndpointUris(VerificationPath)
                    .SetConfigurationEndpointUris("/.well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris("/.well-known/jwks");
                server.AllowDeviceAuthorizationFlow().AllowRefreshTokenFlow();
                server.RegisterScopes(DevServerOptions.ReadingsScope, OpenIddictConstants.Scopes.OfflineAccess);

                server.SetDeviceCodeLifetime(options.CodeLifetime)
                    .SetUserCodeLifetime(options.CodeLifetime)
                    .SetAccessTokenLifetime(options.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(30));

                // Rolling refresh tokens are OpenIddict's default; no reuse leeway makes a spent one fail at once,
                // which is what rotation promises (RFC 9700 §4.14.2).
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero);

                server.AddSigningCertificate(certificates.Signing).AddEncryptionCertificate(certificates.Encryption);

                // A signed, unencrypted JWT is a quarter the size of a JWE, and the device keeps it in flash and RAM.
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore().EnableEndUserVerificationEndpointPassthrough();

                server.AddEventHandler<OpenIddictServerEvents.ApplyDeviceAuthorizationResponseContext>(handler =>
                    handler.UseInlineHandler(context => AnnounceCode(context, options, counters)));
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });
    }

    /// <summary>
    /// OpenIddict sends no "interval" (RFC 8628 §3.2 makes it optional, default 5 s), so the DevServer adds the
    /// configured one, and remembers which user code goes with the device code for the poll counters.
    /// </summary>
    private static ValueTask AnnounceCode(OpenIddictServerEvents.ApplyDeviceAuthorizationResponseContext context, DevServerOptions options, DevServerCounters counters)
    {
        OpenIddictResponse response = context.Response;
        if (response.DeviceCode is string deviceCode && response.UserCode is string userCode)
        {
            response["interval"] = options.IntervalSeconds;
            counters.DeviceCodeIssued(deviceCode, userCode);
        }

        return ValueTask.CompletedTask;
    }
}

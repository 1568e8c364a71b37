using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeviceFlow.DevServer;

/// <summary>Starts a DevServer in this process (the simulator and the end-to-end tests) or as the exe.</summary>
public static class DevServerHost
{
    public static async Task<RunningDevServer> StartAsync(DevServerOptions options, CancellationToken cancellation = default)
    {
        DevCertificates certificates = DevCertificates.LoadOrCreate(options.DataFolder);
        var counters = new DevServerCounters();

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(DevServerHost).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        }

        if (options.LoggerProvider is not null)
        {
            builder.Logging.AddProvider(options.LoggerProvider);
        }

        // OpenIddict's information logs print whole requests and responses: device_code, access and refresh
        // tokens. Its warnings and errors carry none; EF Core's information logs are SQL with parameter values.
        builder.Logging.AddFilter("OpenIddict", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

        // 127.0.0.1 only: a development server must not be reachable from the network.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = certificates.Tls;
            https.OnAuthenticate = (_, _) => counters.TlsHandshake();
        })));

        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, InProcessLifetime>();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(counters);
        builder.Services.AddSingleton(new UserCodeThrottle(options.TimeProvider ?? TimeProvider.System));
        if (options.TimeProvider is not null)
        {
            // OpenIddict's core, server and validation options each take the registered TimeProvider when unset.
            builder.Services.AddSingleton(options.TimeProvider);
        }

        builder.Services.AddAntiforgery();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie => cookie.LoginPath = LoginPage.Path);
        builder.Services.AddAuthorization();
        builder.Services.AddDevOpenIddict(options, certificates, counters);

        WebApplication app = builder.Build();
        await app.Services.SeedAsync(cancellation);

        app.Use(NoFraming);
        app.UseMiddleware<PollInterceptor>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/", () => HtmlPage.Render("DeviceFlow DevServer", "<p>A local RFC 8628 authorization server.</p><p><a href=\""
            + OpenIddictSetup.VerificationPath + "\">Connect a device</a> · <a href=\"/.well-known/openid-configuration\">discovery</a></p>"));
        app.MapLogin();
        app.MapVerification();
        app.MapReadings();

        await app.StartAsync(cancellation);
        string address = app.Urls.First();
        var baseUrl = new Uri(new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)).GetLeftPart(UriPartial.Authority).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        return new RunningDevServer(app, baseUrl, certificates, counters);
    }

    /// <summary>
    /// The consent page must not be framed by another site (clickjacking an "Approve"): CSP Level 2's
    /// frame-ancestors for current browsers, X-Frame-Options (RFC 7034) for older ones. On every response.
    /// </summary>
    private static Task NoFraming(HttpContext context, RequestDelegate next)
    {
        context.Response.Headers.ContentSecurityPolicy = "frame-ancestors 'none'";
        context.Response.Headers.XFrameOptions = "DENY";
        return next(context);
    }
}

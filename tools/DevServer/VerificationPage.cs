using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DeviceFlow.DevServer;

/// <summary>
/// RFC 8628 §3.3: where the user enters the code shown on the device (or arrives with it prefilled from
/// verification_uri_complete, §3.3.1), signs in, and approves or denies. OpenIddict validates the user code
/// first (pass-through mode); this page only asks the user and tells OpenIddict the answer.
/// </summary>
internal static class VerificationPage
{
    public const string DonePath = "/verified";

    public static void MapVerification(this IEndpointRouteBuilder app)
    {
        app.MapGet(OpenIddictSetup.VerificationPath, ShowAsync);
        app.MapPost(OpenIddictSetup.VerificationPath, DecideAsync);
        app.MapGet(DonePath, (string? outcome) => HtmlPage.Render(
            outcome == "approved" ? "Device connected" : "Device refused",
            outcome == "approved" ? "<p id=\"outcome\">Approved. The device picks up its tokens at its next poll.</p>" : "<p id=\"outcome\">Denied. The device stops asking.</p>"));
    }

    private static async Task<IResult> ShowAsync(HttpContext context, IAntiforgery antiforgery, UserCodeThrottle throttle)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Results.Redirect(LoginPage.Path + "?returnUrl=" + System.Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
        }

        bool codeWasGiven = !string.IsNullOrEmpty(context.Request.Query["user_code"]);
        if (codeWasGiven && throttle.Wait(context.Connection.RemoteIpAddress) is System.TimeSpan wait)
        {
            return TooManyCodes(context, wait);
        }

        AuthenticateResult request = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (request.Succeeded && request.Principal.GetClaim(Claims.ClientId) is string clientId)
        {
            string userCode = request.Properties.GetTokenValue(OpenIddictServerAspNetCoreConstants.Tokens.UserCode) ?? string.Empty;
            return HtmlPage.Render("Connect a device", "<p>A device is asking to act for <b>" + HtmlPage.Encode(context.User.Identity.Name)
                + "</b>.</p><p>Check that it shows this code:</p><p><code id=\"user-code\">" + HtmlPage.Encode(userCode) + "</code></p>"
                + "<p>Client: " + HtmlPage.Encode(clientId) + "<br>Access: " + HtmlPage.Encode(string.Join(" ", request.Principal.GetScopes())) + "</p>"
                + "<form method=\"post\" action=\"" + OpenIddictSetup.VerificationPath + "\">" + HtmlPage.AntiforgeryField(context, antiforgery)
                + HtmlPage.Hidden("user_code", userCode)
                + "<button type=\"submit\" name=\"decision\" value=\"approve\" id=\"approve\">Approve</button>"
                + "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Deny</button></form>");
        }

        if (!codeWasGiven)
        {
            return CodeEntry(null);
        }

        throttle.Failed(context.Connection.RemoteIpAddress);
        return CodeEntry("That code is not valid or has expired. Check the device's screen.");
    }

    private static async Task<IResult> DecideAsync(HttpContext context, IAntiforgery antiforgery, UserCodeThrottle throttle)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Results.Redirect(LoginPage.Path + "?returnUrl=" + System.Uri.EscapeDataString(OpenIddictSetup.VerificationPath));
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return CodeEntry("The form expired; enter the code again.");
        }

        if (throttle.Wait(context.Connection.RemoteIpAddress) is System.TimeSpan wait)
        {
            return TooManyCodes(context, wait);
        }

        AuthenticateResult request = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (!request.Succeeded || request.Principal.GetClaim(Claims.ClientId) is null)
        {
            throttle.Failed(context.Connection.RemoteIpAddress);
            return CodeEntry("That code is not valid or has expired. Check the device's screen.");
        }

        IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["decision"] != "approve")
        {
            // RFC 8628 §3.5: the device's next poll gets access_denied.
            return Results.Forbid(new AuthenticationProperties { RedirectUri = DonePath + "?outcome=denied" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, DevServerOptions.DevUserName).SetClaim(Claims.Name, DevServerOptions.DevUserName);
        identity.SetScopes(request.Principal.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), new AuthenticationProperties { RedirectUri = DonePath + "?outcome=approved" }, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>RFC 8628 §5.1 / RFC 6585 §4: 429 with Retry-After, and the entry form for later.</summary>
    private static IResult TooManyCodes(HttpContext context, System.TimeSpan wait)
    {
        int seconds = (int)System.Math.Ceiling(System.Math.Max(1, wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return HtmlPage.Render("Connect a device", "<p class=\"error\" id=\"throttled\">Too many codes tried. Wait " + seconds
            + " s, then enter the code shown on the device.</p>", StatusCodes.Status429TooManyRequests);
    }

    private static IResult CodeEntry(string? error)
    {
        string message = error is null ? string.Empty : "<p class=\"error\" id=\"error\">" + HtmlPage.Encode(error) + "</p>";
        return HtmlPage.Render("Connect a device", message + "<form method=\"get\" action=\"" + OpenIddictSetup.VerificationPath + "\">"
            + "<p><label>Code shown on the device <input name=\"user_code\" id=\"user-code-input\" autocomplete=\"off\" autofocus></label></p>"
            + "<button type=\"submit\" id=\"continue\">Continue</button></form>", error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}

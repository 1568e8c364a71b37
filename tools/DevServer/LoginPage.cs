using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DeviceFlow.DevServer;

/// <summary>Signs the one local dev user in with a cookie; the verification page needs a signed-in user.</summary>
internal static class LoginPage
{
    public const string Path = "/account/login";

    public static void MapLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context, IAntiforgery antiforgery, string? returnUrl) => HtmlPage.Render(
            "Sign in",
            "<p>This is a local development server: sign in as its one user.</p><form method=\"post\" action=\"" + Path + "\">"
            + HtmlPage.AntiforgeryField(context, antiforgery) + HtmlPage.Hidden("returnUrl", SafeReturnUrl(returnUrl))
            + "<p><label>User <input name=\"username\" value=\"" + DevServerOptions.DevUserName + "\" readonly></label></p>"
            + "<button type=\"submit\" id=\"sign-in\">Sign in</button></form>"));

        app.MapPost(Path, SignInAsync);
    }

    /// <summary>Only local paths: a login form must not become an open redirector.</summary>
    public static string SafeReturnUrl(string? returnUrl)
    {
        return returnUrl is not null && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\") ? returnUrl : "/";
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return HtmlPage.Render("Sign in", "<p class=\"error\">The form expired; go back and try again.</p>", StatusCodes.Status400BadRequest);
        }

        IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, DevServerOptions.DevUserName));
        identity.AddClaim(new Claim(ClaimTypes.Name, DevServerOptions.DevUserName));
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(SafeReturnUrl(form["returnUrl"]));
    }
}

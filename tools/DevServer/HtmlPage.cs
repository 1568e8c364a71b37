using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace DeviceFlow.DevServer;

/// <summary>The DevServer's few pages: plain HTML, every value encoded, every form carrying an antiforgery token.</summary>
internal static class HtmlPage
{
    private const string Style = "body{font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}"
        + "code{font-size:1.6rem;letter-spacing:.1rem}button{font-size:1rem;padding:.5rem 1.2rem;margin-right:.5rem}"
        + "input{font-size:1.2rem;padding:.3rem}.error{color:#b00020}";

    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    public static IResult Render(string title, string body, int statusCode = StatusCodes.Status200OK)
    {
        string html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Encode(title)
            + "</title><style>" + Style + "</style></head><body><h1>" + Encode(title) + "</h1>" + body + "</body></html>";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    /// <summary>The hidden field that proves a POST came from a page this server rendered.</summary>
    public static string AntiforgeryField(HttpContext context, IAntiforgery antiforgery)
    {
        AntiforgeryTokenSet tokens = antiforgery.GetAndStoreTokens(context);
        return "<input type=\"hidden\" name=\"" + Encode(tokens.FormFieldName) + "\" value=\"" + Encode(tokens.RequestToken) + "\">";
    }

    public static string Hidden(string name, string? value) => "<input type=\"hidden\" name=\"" + Encode(name) + "\" value=\"" + Encode(value) + "\">";
}

using System;
using DeviceFlow.Host;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace DeviceFlow.DevServer;

/// <summary>
/// Acts as the person at the browser, through the DevServer's real pages over HTTPS: opens the verification
/// URI, signs in with the login form, then approves or denies with the consent form — each POST carrying the
/// antiforgery token and cookies the pages handed out. No back door: what it can do, a user can do.
/// </summary>
public sealed partial class VerificationPageClient : IDisposable
{
    private readonly HttpClient _client;

    public VerificationPageClient(X509Certificate2 ca)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, chain, errors) => PinnedRoot.Accepts(ca, certificate, errors);
        _client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>What the user saw at the end.</summary>
    public sealed record Outcome(HttpStatusCode Status, Uri? FinalUri, string Html)
    {
        public bool Approved => FinalUri?.Query.Contains("outcome=approved", StringComparison.Ordinal) == true;

        public bool Denied => FinalUri?.Query.Contains("outcome=denied", StringComparison.Ordinal) == true;

        public bool CodeRejected => Html.Contains("id=\"error\"", StringComparison.Ordinal);
    }

    /// <summary>Opens <paramref name="verificationUri"/> (the complete one, or the plain one plus a typed code) and decides.</summary>
    public async Task<Outcome> DecideAsync(Uri verificationUri, string? typedUserCode, bool approve, CancellationToken cancellation = default)
    {
        Uri start = typedUserCode is null ? verificationUri : new Uri(verificationUri, "?user_code=" + Uri.EscapeDataString(typedUserCode));
        HttpResponseMessage page = await _client.GetAsync(start, cancellation);
        string html = await page.Content.ReadAsStringAsync(cancellation);
        if (html.Contains("id=\"sign-in\"", StringComparison.Ordinal))
        {
            page = await PostFormAsync(page.RequestMessage!.RequestUri!, html, new Dictionary<string, string> { ["username"] = DevServerOptions.DevUserName }, cancellation);
            html = await page.Content.ReadAsStringAsync(cancellation);
        }

        if (!html.Contains("id=\"approve\"", StringComparison.Ordinal))
        {
            return new Outcome(page.StatusCode, page.RequestMessage?.RequestUri, html);
        }

        var fields = new Dictionary<string, string> { ["decision"] = approve ? "approve" : "deny" };
        HttpResponseMessage decided = await PostFormAsync(page.RequestMessage!.RequestUri!, html, fields, cancellation);
        return new Outcome(decided.StatusCode, decided.RequestMessage?.RequestUri, await decided.Content.ReadAsStringAsync(cancellation));
    }

    public void Dispose()
    {
        _client.Dispose();
    }

    /// <summary>Posts the page's only form with its hidden fields (antiforgery token included) plus <paramref name="extra"/>.</summary>
    private Task<HttpResponseMessage> PostFormAsync(Uri pageUri, string html, Dictionary<string, string> extra, CancellationToken cancellation)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match hidden in HiddenInput().Matches(html))
        {
            fields[WebUtility.HtmlDecode(hidden.Groups["name"].Value)] = WebUtility.HtmlDecode(hidden.Groups["value"].Value);
        }

        foreach (KeyValuePair<string, string> field in extra)
        {
            fields[field.Key] = field.Value;
        }

        string action = WebUtility.HtmlDecode(FormAction().Match(html).Groups["action"].Value);
        return _client.PostAsync(new Uri(pageUri, action), new FormUrlEncodedContent(fields), cancellation);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]*)\">")]
    private static partial Regex FormAction();
}

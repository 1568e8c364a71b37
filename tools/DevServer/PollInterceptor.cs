using System;
using System.Threading.Tasks;
using DeviceFlow.Core.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace DeviceFlow.DevServer;

/// <summary>
/// Runs before OpenIddict on the token endpoint: counts every request per device code and applies the
/// poll script (forced slow_down, forced denial, dropped connection), so tests can make the server misbehave.
/// </summary>
internal sealed class PollInterceptor
{
    private readonly RequestDelegate _next;
    private readonly DevServerOptions _options;
    private readonly DevServerCounters _counters;

    public PollInterceptor(RequestDelegate next, DevServerOptions options, DevServerCounters counters)
    {
        _next = next;
        _options = options;
        _counters = counters;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path != OpenIddictSetup.TokenPath || !context.Request.HasFormContentType)
        {
            await _next(context);
            return;
        }

        IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
        StringValues grantType = form["grant_type"];
        if (grantType == "refresh_token")
        {
            _counters.RefreshRequested();
        }

        string? deviceCode = form["device_code"];
        if (grantType != DeviceFlowProtocol.DeviceCodeGrantType || deviceCode is null)
        {
            await _next(context);
            return;
        }

        int pollNumber = _counters.TokenRequested(deviceCode);
        switch (pollNumber == 0 ? PollVerdict.Answer : _options.PollScript(pollNumber))
        {
            case PollVerdict.SlowDown:
                await WriteErrorAsync(context, OAuthError.SlowDown, "Forced by the DevServer's poll script.");
                return;
            case PollVerdict.Deny:
                await WriteErrorAsync(context, OAuthError.AccessDenied, "Forced by the DevServer's poll script.");
                return;
            case PollVerdict.Drop:
                context.Abort();
                return;
            case PollVerdict.Throttle:
                context.Response.Headers.RetryAfter = _options.ThrottleRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return;
            case PollVerdict.Stall:
                try
                {
                    await Task.Delay(_options.StallTime, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up first, as a client with a timeout should.
                    return;
                }

                await WriteErrorAsync(context, OAuthError.AuthorizationPending, "Answered late by the DevServer's poll script.");
                return;
            default:
                await _next(context);
                return;
        }
    }

    /// <summary>RFC 6749 §5.2 error response: 400, JSON, no caching.</summary>
    private static Task WriteErrorAsync(HttpContext context, string error, string description)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new { error, error_description = description }, context.RequestAborted);
    }
}

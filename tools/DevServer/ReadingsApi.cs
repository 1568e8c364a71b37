using System;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DeviceFlow.DevServer;

/// <summary>The sensor side of the story: a resource that takes a reading with a bearer access token (RFC 6750).</summary>
internal static class ReadingsApi
{
    public const string Path = "/api/readings";

    /// <summary>A reading is a line of text or a tiny JSON object; anything larger is refused.</summary>
    private const int MaxReadingBytes = 1024;

    public static void MapReadings(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, AcceptAsync)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme });
    }

    private static async Task<IResult> AcceptAsync(HttpContext context, DevServerCounters counters)
    {
        if (context.Request.ContentLength is > MaxReadingBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Read one byte past the cap at most: a chunked body that never ends cannot fill the server's memory.
        byte[] buffer = new byte[MaxReadingBytes + 1];
        int length = 0;
        int read;
        while (length < buffer.Length && (read = await context.Request.Body.ReadAsync(buffer.AsMemory(length), context.RequestAborted)) > 0)
        {
            length += read;
        }

        if (length == 0 || length > MaxReadingBytes)
        {
            return Results.BadRequest(new { error = "empty or oversized reading" });
        }

        counters.ReadingAccepted();
        string? subject = context.User.FindFirstValue(Claims.Subject);
        return Results.Json(new { accepted = true, subject, count = counters.ReadingsAccepted }, statusCode: StatusCodes.Status201Created);
    }
}

using System.IO;
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

        using var reader = new StreamReader(context.Request.Body);
        string reading = await reader.ReadToEndAsync(context.RequestAborted);
        if (reading.Length == 0 || reading.Length > MaxReadingBytes)
        {
            return Results.BadRequest(new { error = "empty or oversized reading" });
        }

        counters.ReadingAccepted();
        string? subject = context.User.FindFirstValue(Claims.Subject);
        return Results.Json(new { accepted = true, subject, count = counters.ReadingsAccepted }, statusCode: StatusCodes.Status201Created);
    }
}

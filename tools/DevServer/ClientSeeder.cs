using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DeviceFlow.DevServer;

/// <summary>Creates the store and the firmware's public client on first run.</summary>
internal static class ClientSeeder
{
    public static async Task SeedAsync(this System.IServiceProvider services, CancellationToken cancellation)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        DevDbContext db = scope.ServiceProvider.GetRequiredService<DevDbContext>();
        await db.Database.EnsureCreatedAsync(cancellation);

        IOpenIddictApplicationManager applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(DevServerOptions.FirmwareClientId, cancellation) is not null)
        {
            return;
        }

        var firmware = new OpenIddictApplicationDescriptor
        {
            ClientId = DevServerOptions.FirmwareClientId,
            ClientType = ClientTypes.Public,
            DisplayName = "DeviceFlow sensor firmware",
        };
        firmware.Permissions.UnionWith(
        [
            Permissions.Endpoints.DeviceAuthorization,
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.DeviceCode,
            Permissions.GrantTypes.RefreshToken,
            Permissions.Prefixes.Scope + DevServerOptions.ReadingsScope,
        ]);
        await applications.CreateAsync(firmware, cancellation);
    }
}

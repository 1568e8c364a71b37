using Microsoft.EntityFrameworkCore;

namespace DeviceFlow.DevServer;

/// <summary>The embedded store: OpenIddict's applications, authorizations, scopes and tokens in one SQLite file.</summary>
public sealed class DevDbContext : DbContext
{
    public DevDbContext(DbContextOptions<DevDbContext> options)
        : base(options)
    {
    }
}

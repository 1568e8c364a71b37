using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace DeviceFlow.DevServer;

/// <summary>
/// Leaves Ctrl+C and SIGTERM to whoever hosts the DevServer. The default console lifetime would take them to stop
/// only the web host and then wait for Main to return, so a simulator blocked on its button could not be stopped.
/// </summary>
internal sealed class InProcessLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

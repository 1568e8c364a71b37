using System.Collections.Generic;
using DeviceFlow.Core.Lifecycle;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>Keeps every lifecycle screen the device showed.</summary>
public sealed class LifecycleRecorder : ILifecycleObserver
{
    public List<LifecycleStatus> Statuses { get; } = [];

    public void Changed(LifecycleStatus status) => Statuses.Add(status);
}

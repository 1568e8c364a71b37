using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Evaluation;

namespace DeviceFlow.Device.Tests;

/// <summary>Evaluates project files with the Microsoft.Build API (loaded from the SDK by <see cref="DeviceProjectSystem"/>).</summary>
internal sealed class MsBuildEvaluator : IProjectEvaluator
{
    private readonly ProjectCollection _projects = new();

    public Evaluation Evaluate(string projectPath, IDictionary<string, string> globalProperties)
    {
        Project project = _projects.LoadProject(projectPath, globalProperties, toolsVersion: null);
        try
        {
            var properties = project.Properties.ToDictionary(p => p.Name, p => p.EvaluatedValue, StringComparer.OrdinalIgnoreCase);
            var items = project.AllEvaluatedItems.Select(i => i.ItemType + "|" + i.EvaluatedInclude).ToHashSet(StringComparer.Ordinal);
            var sdkImports = project.Imports.Where(i => i.SdkResult != null).Select(i => i.ImportedProject.FullPath).ToArray();
            return new Evaluation(properties, items, sdkImports);
        }
        finally
        {
            _projects.UnloadProject(project);
        }
    }

    public void Dispose() => _projects.Dispose();
}

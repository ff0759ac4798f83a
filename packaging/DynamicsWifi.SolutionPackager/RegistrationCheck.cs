using System;
using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>
    /// Compares the registration in Solution/ with the built assembly. Dataverse checks none of this at build
    /// time: a wrong token or a renamed class only shows up as a failed import or a step that never runs.
    /// </summary>
    public static class RegistrationCheck
    {
        private const int PluginAssemblyComponent = 91;
        private const int StepComponent = 92;

        public static IReadOnlyList<string> FindProblems(PluginRegistration registration, PluginAssemblyInfo assembly)
        {
            var problems = new List<string>();
            CheckIdentity(registration, assembly, problems);
            CheckTypes(registration, assembly, problems);
            CheckSteps(registration, problems);
            CheckCustomApis(registration, problems);
            CheckRootComponents(registration, problems);
            return problems;
        }

        private static void CheckIdentity(PluginRegistration registration, PluginAssemblyInfo assembly, List<string> problems)
        {
            if (!string.Equals(registration.AssemblyFullName, assembly.Identity.FullName, StringComparison.Ordinal))
            {
                problems.Add($"customizations.xml registers the assembly as '{registration.AssemblyFullName}', but the built assembly is '{assembly.Identity.FullName}'.");
            }

            if (!assembly.IsStrongNameSigned)
            {
                problems.Add($"The built assembly '{assembly.Identity.Name}' carries no valid strong-name signature (public-signed or unsigned); Dataverse refuses it.");
            }

            var folder = assembly.Identity.Name.Replace(".", string.Empty, StringComparison.Ordinal);
            var expectedFileName = $"/PluginAssemblies/{folder}-{registration.AssemblyId.ToString().ToUpperInvariant()}/{folder}.dll";
            if (!string.Equals(registration.FileName, expectedFileName, StringComparison.Ordinal))
            {
                problems.Add($"PluginAssembly/FileName is '{registration.FileName}'; exports name it '{expectedFileName}'.");
            }
        }

        private static void CheckTypes(PluginRegistration registration, PluginAssemblyInfo assembly, List<string> problems)
        {
            var inAssembly = new HashSet<string>(assembly.PluginTypeNames, StringComparer.Ordinal);
            var registered = new HashSet<string>(registration.Types.Select(type => type.Name), StringComparer.Ordinal);

            foreach (var type in registration.Types)
            {
                if (!inAssembly.Contains(type.Name))
                {
                    problems.Add($"Registered plug-in type '{type.Name}' is not an IPlugin class in the built assembly.");
                }

                var expected = type.Name + ", " + registration.AssemblyFullName;
                if (!string.Equals(type.AssemblyQualifiedName, expected, StringComparison.Ordinal))
                {
                    problems.Add($"PluginType '{type.Name}' has AssemblyQualifiedName '{type.AssemblyQualifiedName}'; expected '{expected}'.");
                }
            }

            foreach (var name in assembly.PluginTypeNames.Where(name => !registered.Contains(name)))
            {
                problems.Add($"IPlugin class '{name}' in the built assembly is not registered as a PluginType in customizations.xml.");
            }
        }

        private static void CheckSteps(PluginRegistration registration, List<string> problems)
        {
            var byQualifiedName = registration.Types
                .GroupBy(type => type.AssemblyQualifiedName, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

            foreach (var step in registration.Steps)
            {
                if (!byQualifiedName.TryGetValue(step.PluginTypeName, out var type))
                {
                    problems.Add($"Step '{step.Name}' ({step.Id}) names plug-in type '{step.PluginTypeName}', which is not registered.");
                }
                else if (step.PluginTypeId is { } typeId && typeId != type.Id)
                {
                    problems.Add($"Step '{step.Name}' ({step.Id}) has PluginTypeId {typeId}, but '{type.Name}' is registered as {type.Id}.");
                }
            }
        }

        private static void CheckCustomApis(PluginRegistration registration, List<string> problems)
        {
            var registered = registration.Types.Select(type => type.Id).ToHashSet();
            foreach (var api in registration.CustomApis.Where(api => !registered.Contains(api.PluginTypeId)))
            {
                problems.Add($"Custom API '{api.UniqueName}' runs plug-in type {api.PluginTypeId}, which customizations.xml does not register.");
            }
        }

        private static void CheckRootComponents(PluginRegistration registration, List<string> problems)
        {
            var assemblyRoot = registration.RootComponents.SingleOrDefault(component => component.Type == PluginAssemblyComponent);
            if (assemblyRoot is null || assemblyRoot.Id != registration.AssemblyId
                || !string.Equals(assemblyRoot.SchemaName, registration.AssemblyFullName, StringComparison.Ordinal))
            {
                problems.Add($"solution.xml must list the plug-in assembly as one RootComponent type 91 with id {{{registration.AssemblyId}}} and schemaName '{registration.AssemblyFullName}'.");
            }

            var stepRoots = registration.RootComponents.Where(component => component.Type == StepComponent).Select(component => component.Id ?? Guid.Empty).ToHashSet();
            var steps = registration.Steps.Select(step => step.Id).ToHashSet();
            foreach (var missing in steps.Except(stepRoots))
            {
                problems.Add($"Step {missing} is not listed in solution.xml as a RootComponent type 92.");
            }

            foreach (var extra in stepRoots.Except(steps))
            {
                problems.Add($"solution.xml lists RootComponent type 92 {extra}, which customizations.xml does not define.");
            }
        }
    }
}

using System.IO;
using System.Linq;
using DynamicsWifi.SolutionPackager;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    [TestClass]
    public sealed class PackagerRefusalTests
    {
        private const string TypeName = "DynamicsWifi.Plugins.EventPlugins.SyncIdentityKeyOnContactChange";
        private const string Token = "PublicKeyToken=e011e5c4abf01b9f";

        [TestMethod]
        public void FullNameWithAnotherToken_IsRefused()
        {
            using var solution = new SolutionFolderCopy().EditCustomizations(
                "<PluginAssembly FullName=\"DynamicsWifi.Plugins, Version=1.0.0.0, Culture=neutral, " + Token,
                "<PluginAssembly FullName=\"DynamicsWifi.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef");

            var problems = Refusal(solution, Repository.PluginAssemblyPath);

            Assert.IsTrue(problems.Any(problem => problem.Contains("registers the assembly as", System.StringComparison.Ordinal)));
        }

        [TestMethod]
        public void RegisteredTypeMissingFromAssembly_IsRefused()
        {
            using var solution = new SolutionFolderCopy().EditCustomizations(
                $"Name=\"{TypeName}\">",
                $"Name=\"{TypeName}Renamed\">");

            var problems = Refusal(solution, Repository.PluginAssemblyPath);

            Assert.IsTrue(problems.Any(problem => problem.Contains($"'{TypeName}Renamed' is not an IPlugin class", System.StringComparison.Ordinal)));
        }

        [TestMethod]
        public void PluginClassNotRegistered_IsRefused()
        {
            using var solution = new SolutionFolderCopy().EditCustomizations(
                $"<PluginType AssemblyQualifiedName=\"{TypeName},",
                $"<PluginType AssemblyQualifiedName=\"{TypeName}Other,").EditCustomizations(
                $"Name=\"{TypeName}\">",
                $"Name=\"{TypeName}Other\">");

            var problems = Refusal(solution, Repository.PluginAssemblyPath);

            Assert.IsTrue(problems.Any(problem => problem.Contains($"IPlugin class '{TypeName}' in the built assembly is not registered", System.StringComparison.Ordinal)));
        }

        [TestMethod]
        public void StepNamingUnregisteredType_IsRefused()
        {
            using var solution = new SolutionFolderCopy().EditCustomizations(
                $"<PluginTypeName>{TypeName},",
                $"<PluginTypeName>{TypeName}Elsewhere,");

            var problems = Refusal(solution, Repository.PluginAssemblyPath);

            Assert.IsTrue(problems.Any(problem => problem.Contains($"names plug-in type '{TypeName}Elsewhere,", System.StringComparison.Ordinal)));
        }

        [TestMethod]
        public void CustomApiOnUnregisteredType_IsRefused()
        {
            using var solution = new SolutionFolderCopy().AddCustomApi("cr_Example", "00000000-0000-0000-0000-0000000000aa");

            var problems = Refusal(solution, Repository.PluginAssemblyPath);

            Assert.IsTrue(problems.Any(problem => problem.Contains("Custom API 'cr_Example' runs plug-in type 00000000-0000-0000-0000-0000000000aa", System.StringComparison.Ordinal)));
        }

        [TestMethod]
        public void CustomApiOnRegisteredType_IsPacked()
        {
            using var solution = new SolutionFolderCopy().AddCustomApi("cr_Example", "e847f11c-b148-4aae-99bf-52a36c9d0037");

            var result = Packager.Pack(new PackRequest(solution.Root, Repository.PluginAssemblyPath, Repository.Version, solution.OutputFolder));

            Assert.IsTrue(File.Exists(result.UnmanagedZipPath));
        }

        [TestMethod]
        public void PublicSignedAssembly_IsRefused()
        {
            using var solution = new SolutionFolderCopy();

            var problems = Refusal(solution, Repository.PublicSignedAssemblyPath);

            Assert.IsTrue(problems.Any(problem => problem.Contains("no valid strong-name signature", System.StringComparison.Ordinal)));
        }

        [TestMethod]
        public void HandKeptAssemblyInSolutionFolder_IsRefused()
        {
            using var solution = new SolutionFolderCopy();
            var copy = Path.Combine(solution.Root, "PluginAssemblies", "DynamicsWifiPlugins-9A735208-85FA-425F-80DB-E946A74A4F6E", "DynamicsWifiPlugins.dll");
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(Repository.PluginAssemblyPath, copy);

            var problems = Refusal(solution, Repository.PluginAssemblyPath);

            Assert.IsTrue(problems.Any(problem => problem.Contains("hand-kept assembly", System.StringComparison.Ordinal)));
        }

        [TestMethod]
        public void RefusedSolution_WritesNoZip()
        {
            using var solution = new SolutionFolderCopy().EditCustomizations($"<PluginTypeName>{TypeName},", "<PluginTypeName>Nothing,");

            Refusal(solution, Repository.PluginAssemblyPath);

            Assert.IsFalse(Directory.Exists(solution.OutputFolder));
        }

        private static System.Collections.Generic.IReadOnlyList<string> Refusal(SolutionFolderCopy solution, string assemblyPath)
        {
            var exception = Assert.ThrowsExactly<PackagingException>(
                () => Packager.Pack(new PackRequest(solution.Root, assemblyPath, Repository.Version, solution.OutputFolder)));
            return exception.Problems;
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using DynamicsWifi.SolutionPackager;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    [TestClass]
    public sealed class PluginAssemblyReferenceTests
    {
        private const string Framework = "b77a5c561934e089";
        private const string FrameworkExtensions = "b03f5f7f11d50a3a";
        private const string MicrosoftShared = "31bf3856ad364e35";

        /// <summary>
        /// What the Dataverse sandbox can load for a net462 plug-in (DESIGN.md 7): the SDK assemblies it hosts,
        /// and .NET Framework 4.x assemblies from the GAC. Anything else (netstandard facades, NuGet packages)
        /// fails at run time inside Dataverse, never in our tests, so it is refused here.
        /// </summary>
        private static readonly Dictionary<string, (string Version, string Token)> Allowed = new()
        {
            ["Microsoft.Xrm.Sdk"] = ("9.0.0.0", MicrosoftShared),
            ["Microsoft.Crm.Sdk.Proxy"] = ("9.0.0.0", MicrosoftShared),
            ["Microsoft.Xrm.Sdk.Workflow"] = ("9.0.0.0", MicrosoftShared),
            ["mscorlib"] = ("4.0.0.0", Framework),
            ["System"] = ("4.0.0.0", Framework),
            ["System.Core"] = ("4.0.0.0", Framework),
            ["System.Numerics"] = ("4.0.0.0", Framework),
            ["System.Runtime.Serialization"] = ("4.0.0.0", Framework),
            ["System.ServiceModel"] = ("4.0.0.0", Framework),
            ["System.Xml"] = ("4.0.0.0", Framework),
            ["System.Xml.Linq"] = ("4.0.0.0", Framework),
            ["System.Net.Http"] = ("4.0.0.0", FrameworkExtensions),
            ["System.Security"] = ("4.0.0.0", FrameworkExtensions),
            ["System.Activities"] = ("4.0.0.0", MicrosoftShared),
        };

        [TestMethod]
        public void BuiltAssembly_ReferencesMicrosoftXrmSdk9()
        {
            var references = Read();

            var sdk = references.Single(reference => reference.Name == "Microsoft.Xrm.Sdk");
            Assert.AreEqual("Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35", sdk.FullName);
        }

        [TestMethod]
        public void BuiltAssembly_ReferencesOnlyWhatTheSandboxProvides()
        {
            var references = Read();

            var refused = references
                .Where(reference => !Allowed.TryGetValue(reference.Name, out var allowed)
                    || reference.Version.ToString() != allowed.Version
                    || reference.PublicKeyToken != allowed.Token
                    || reference.Culture != "neutral")
                .Select(reference => reference.FullName)
                .ToList();
            Assert.IsEmpty(refused, "Not available in the Dataverse sandbox: " + string.Join("; ", refused));
        }

        private static IReadOnlyList<AssemblyIdentity> Read() =>
            PluginAssemblyReader.Read(File.ReadAllBytes(Repository.PluginAssemblyPath)).References;
    }
}

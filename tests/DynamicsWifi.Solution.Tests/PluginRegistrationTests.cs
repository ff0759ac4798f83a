using System.IO;
using System.Linq;
using DynamicsWifi.SolutionPackager;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    [TestClass]
    public sealed class PluginRegistrationTests
    {
        [TestMethod]
        public void EveryPluginClassInTheAssembly_IsRegistered()
        {
            var (registration, assembly) = Load();

            var unregistered = assembly.PluginTypeNames.Except(registration.Types.Select(type => type.Name)).ToList();

            Assert.IsEmpty(unregistered, string.Join(", ", unregistered));
        }

        [TestMethod]
        public void EveryRegisteredType_IsAPluginClassInTheAssembly()
        {
            var (registration, assembly) = Load();

            var missing = registration.Types.Select(type => type.Name).Except(assembly.PluginTypeNames).ToList();

            Assert.IsEmpty(missing, string.Join(", ", missing));
        }

        [TestMethod]
        public void EveryStep_NamesARegisteredType()
        {
            var (registration, _) = Load();

            var registered = registration.Types.Select(type => type.AssemblyQualifiedName).ToHashSet();

            Assert.IsTrue(registration.Steps.All(step => registered.Contains(step.PluginTypeName)));
        }

        [TestMethod]
        public void SolutionAsBuilt_HasNoRegistrationProblems()
        {
            var (registration, assembly) = Load();

            var problems = RegistrationCheck.FindProblems(registration, assembly);

            Assert.IsEmpty(problems, string.Join("; ", problems));
        }

        [TestMethod]
        public void EveryStep_IsRegisteredOnItsMessage()
        {
            var (registration, _) = Load();

            var steps = registration.Steps.Select(step => step.Name).Order(System.StringComparer.Ordinal).ToList();

            CollectionAssert.AreEqual(
                new[]
                {
                    "DynamicsWifi.Plugins.CustomApis.RecordWifiAuthentication.ResolveGuestBeforeRecording: cr_RecordWifiAuthentication of none",
                    "DynamicsWifi.Plugins.EventPlugins.ClearConsentIdentityOnContactDelete: Delete of contact",
                    "DynamicsWifi.Plugins.EventPlugins.RecordAcceptedBatch: Create of cr_wifiingestbatch",
                    "DynamicsWifi.Plugins.EventPlugins.RecordConsentChangeOnContactChange: Create of contact",
                    "DynamicsWifi.Plugins.EventPlugins.RecordConsentChangeOnContactChange: Update of contact",
                    "DynamicsWifi.Plugins.EventPlugins.SendConsentChangeToPlatform: Create of cr_wificonsentchange",
                    "DynamicsWifi.Plugins.EventPlugins.SendConsentChangeToPlatform: Update of cr_wificonsentchange",
                    "DynamicsWifi.Plugins.EventPlugins.SyncIdentityKeyOnContactChange: Create of contact",
                    "DynamicsWifi.Plugins.EventPlugins.SyncIdentityKeyOnContactChange: Update of contact",
                    "DynamicsWifi.Plugins.EventPlugins.UpdateAggregatesOnSessionChange: CreateMultiple of cr_wifivisit",
                    "DynamicsWifi.Plugins.EventPlugins.UpdateAggregatesOnSessionChange: Delete of cr_wifivisit",
                    "DynamicsWifi.Plugins.EventPlugins.UpdateAggregatesOnSessionChange: UpdateMultiple of cr_wifivisit",
                },
                steps);
        }

        private static (PluginRegistration Registration, PluginAssemblyInfo Assembly) Load()
        {
            var registration = PluginRegistration.Read(SolutionFolderCheck.Read(Repository.SolutionFolder));
            return (registration, PluginAssemblyReader.Read(File.ReadAllBytes(Repository.PluginAssemblyPath)));
        }
    }
}

using System;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Registration.Export;
using DynamicsWifi.Emulator.Tests.Metadata;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Registration
{
    [TestClass]
    public sealed class PluginTypeReaderTests
    {
        [TestMethod]
        public void OwnSolution_RegistersTheIdentityKeyPlugin()
        {
            var type = RegistrationReader.Read(SolutionSamples.OwnSolution).PluginTypes.Single(candidate => candidate.TypeName.EndsWith(".SyncIdentityKeyOnContactChange", StringComparison.Ordinal));

            Assert.AreEqual(Guid.Parse("e847f11c-b148-4aae-99bf-52a36c9d0037"), type.Id);
            Assert.AreEqual("DynamicsWifi.Plugins.EventPlugins.SyncIdentityKeyOnContactChange", type.TypeName);
            Assert.AreEqual("DynamicsWifi.Plugins", type.AssemblyName);
        }

        [TestMethod]
        public void FastTrackAssembly_ListsEveryTypeWithItsAssembly()
        {
            var types = PluginTypeReader.Read(RegistrationSamples.Fragments(RegistrationSamples.P2CFieldService, "customizations.fragment.SolutionPluginAssemblies.xml"));

            Assert.AreEqual(21, types.Count);
            Assert.IsTrue(types.All(type => type.AssemblyName == "Microsoft.Dynamics.P2CFieldService.Plugins"));
            Assert.AreEqual(
                "Microsoft.Dynamics.P2CFieldService.Plugins.PostOperationWorkOrderUpdate",
                types.Single(type => type.Id == Guid.Parse("09e829d5-87bb-4e97-8e9b-f6a6dedcd6cb")).TypeName);
        }

        [TestMethod]
        public void TypeWithoutName_TakesItFromTheAssemblyQualifiedName()
        {
            var customizations = XElement.Parse(
                "<ImportExportXml><SolutionPluginAssemblies><PluginAssembly><PluginTypes>" +
                "<PluginType AssemblyQualifiedName=\"Ns.Handler, Ns.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null\" PluginTypeId=\"6f1d2c3b-1111-4a4a-9b9b-000000000001\" />" +
                "</PluginTypes></PluginAssembly></SolutionPluginAssemblies></ImportExportXml>");

            var type = PluginTypeReader.Read(customizations).Single();

            Assert.AreEqual("Ns.Handler", type.TypeName);
            Assert.AreEqual("Ns.Plugins", type.AssemblyName);
        }
    }
}

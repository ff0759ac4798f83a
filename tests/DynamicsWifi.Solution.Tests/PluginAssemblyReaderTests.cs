using System.IO;
using System.Linq;
using DynamicsWifi.SolutionPackager;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    [TestClass]
    public sealed class PluginAssemblyReaderTests
    {
        private const string Fixtures = "DynamicsWifi.Solution.Tests.PluginFixtures.";

        [TestMethod]
        public void ConcretePluginClasses_AreFoundThroughBaseClassesAndInterfaces()
        {
            var found = ReadFixtures();

            CollectionAssert.AreEqual(
                new[]
                {
                    Fixtures + "DerivedPlugin",
                    Fixtures + "GenericDerivedPlugin",
                    Fixtures + "InterfaceDerivedPlugin",
                    Fixtures + "InterfaceDerivedPlugin+NestedPlugin",
                },
                found);
        }

        [TestMethod]
        public void AbstractBasesAndOtherClasses_AreNotPlugins()
        {
            var found = ReadFixtures();

            Assert.IsFalse(found.Any(name => name.EndsWith("PluginBase", System.StringComparison.Ordinal) || name.EndsWith("PluginBase`1", System.StringComparison.Ordinal) || name.EndsWith("NotAPlugin", System.StringComparison.Ordinal)));
        }

        private static string[] ReadFixtures() =>
            PluginAssemblyReader.Read(File.ReadAllBytes(typeof(PluginAssemblyReaderTests).Assembly.Location)).PluginTypeNames
                .Where(name => name.StartsWith(Fixtures, System.StringComparison.Ordinal))
                .ToArray();
    }
}

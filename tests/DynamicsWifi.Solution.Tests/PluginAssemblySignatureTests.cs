using System.IO;
using DynamicsWifi.SolutionPackager;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Solution.Tests
{
    [TestClass]
    public sealed class PluginAssemblySignatureTests
    {
        [TestMethod]
        public void BuiltAssembly_CarriesThePublicKeyOfOurKeyPair()
        {
            var ourKey = StrongNamePublicKey.FromKeyPairFile(File.ReadAllBytes(Repository.KeyPairPath));

            var assembly = PluginAssemblyReader.Read(File.ReadAllBytes(Repository.PluginAssemblyPath));

            CollectionAssert.AreEqual(ourKey.Blob, assembly.PublicKey);
            Assert.AreEqual(ourKey.Token, assembly.Identity.PublicKeyToken);
        }

        [TestMethod]
        public void BuiltAssembly_StrongNameSignatureVerifies()
        {
            var image = File.ReadAllBytes(Repository.PluginAssemblyPath);

            Assert.IsTrue(StrongNameSignature.IsValid(image));
        }

        [TestMethod]
        public void PublicSignedAssembly_FailsVerification()
        {
            var image = File.ReadAllBytes(Repository.PublicSignedAssemblyPath);

            Assert.IsFalse(StrongNameSignature.IsValid(image));
        }

        [TestMethod]
        public void AssemblyChangedAfterSigning_FailsVerification()
        {
            var image = File.ReadAllBytes(Repository.PluginAssemblyPath);
            image[image.Length / 2] ^= 0xFF;

            Assert.IsFalse(StrongNameSignature.IsValid(image));
        }

        [TestMethod]
        public void BuiltAssembly_HasTheIdentityDataverseIsToldToLoad()
        {
            var assembly = PluginAssemblyReader.Read(File.ReadAllBytes(Repository.PluginAssemblyPath));

            Assert.AreEqual("DynamicsWifi.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=e011e5c4abf01b9f", assembly.Identity.FullName);
        }
    }
}

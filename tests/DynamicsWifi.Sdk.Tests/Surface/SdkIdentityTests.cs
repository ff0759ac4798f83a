using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Sdk.Tests.Surface
{
    /// <summary>Both builds of our Microsoft.Xrm.Sdk and Microsoft.Xrm.Sdk.Workflow carry Microsoft's identity, which is what a plug-in's
    /// reference binds to in Dataverse (DESIGN.md 6).</summary>
    [TestClass]
    public sealed class SdkIdentityTests
    {
        // Microsoft's public key blob as DESIGN.md 6 records it (`sn -p` output, keys/Microsoft.PublicKey.snk).
        private const string MicrosoftPublicKey =
            "0024000004800000940000000602000000240000525341310004000001000100b5fc90e7027f67871e773a8fde8938c81dd402ba65b9201d60593e96c492651e"
            + "889cc13f1415ebb53fac1131ae0bd333c5ee6021672d9718ea31a8aebd0da0072f25d87dba6fc90ffd598ed4da35e44c398c454307e8e33b8426143daec9f596"
            + "836f97c8f74750e5975c64e2189f45def46b2a2b1247adc3652bf5c308055da9";

        [TestMethod]
        public void MicrosoftPublicKey_HasToken31bf3856ad364e35()
        {
            var token = PublicKeyToken.Of(Convert.FromHexString(MicrosoftPublicKey));

            Assert.AreEqual("31bf3856ad364e35", token);
        }

        [TestMethod]
        [DataRow("Microsoft.Xrm.Sdk", "net462")]
        [DataRow("Microsoft.Xrm.Sdk", "net10.0")]
        [DataRow("Microsoft.Xrm.Sdk.Workflow", "net462")]
        [DataRow("Microsoft.Xrm.Sdk.Workflow", "net10.0")]
        public void SdkBuild_HasMicrosoftsAssemblyName(string assemblyName, string targetFramework)
        {
            var (name, _, _, _) = Identity(assemblyName, targetFramework);

            Assert.AreEqual(assemblyName, name);
        }

        [TestMethod]
        [DataRow("Microsoft.Xrm.Sdk", "net462")]
        [DataRow("Microsoft.Xrm.Sdk", "net10.0")]
        [DataRow("Microsoft.Xrm.Sdk.Workflow", "net462")]
        [DataRow("Microsoft.Xrm.Sdk.Workflow", "net10.0")]
        public void SdkBuild_HasVersion9000(string assemblyName, string targetFramework)
        {
            var (_, version, _, _) = Identity(assemblyName, targetFramework);

            Assert.AreEqual(new Version(9, 0, 0, 0), version);
        }

        [TestMethod]
        [DataRow("Microsoft.Xrm.Sdk", "net462")]
        [DataRow("Microsoft.Xrm.Sdk", "net10.0")]
        [DataRow("Microsoft.Xrm.Sdk.Workflow", "net462")]
        [DataRow("Microsoft.Xrm.Sdk.Workflow", "net10.0")]
        public void SdkBuild_IsCultureNeutral(string assemblyName, string targetFramework)
        {
            var (_, _, culture, _) = Identity(assemblyName, targetFramework);

            Assert.AreEqual(string.Empty, culture);
        }

        [TestMethod]
        [DataRow("Microsoft.Xrm.Sdk", "net462")]
        [DataRow("Microsoft.Xrm.Sdk", "net10.0")]
        [DataRow("Microsoft.Xrm.Sdk.Workflow", "net462")]
        [DataRow("Microsoft.Xrm.Sdk.Workflow", "net10.0")]
        public void SdkBuild_HasMicrosoftsPublicKeyToken(string assemblyName, string targetFramework)
        {
            var (_, _, _, publicKey) = Identity(assemblyName, targetFramework);

            Assert.AreEqual("31bf3856ad364e35", PublicKeyToken.Of(publicKey));
        }

        [TestMethod]
        [DataRow("Microsoft.Xrm.Sdk", "net462")]
        [DataRow("Microsoft.Xrm.Sdk", "net10.0")]
        [DataRow("Microsoft.Xrm.Sdk.Workflow", "net462")]
        [DataRow("Microsoft.Xrm.Sdk.Workflow", "net10.0")]
        public void SdkBuild_CarriesMicrosoftsWholePublicKey(string assemblyName, string targetFramework)
        {
            var (_, _, _, publicKey) = Identity(assemblyName, targetFramework);

            Assert.AreEqual(MicrosoftPublicKey, Convert.ToHexString(publicKey).ToLowerInvariant());
        }

        private static (string Name, Version Version, string Culture, byte[] PublicKey) Identity(string assemblyName, string targetFramework)
        {
            var path = SdkBuild.Assembly(assemblyName, targetFramework);
            Assert.IsTrue(File.Exists(path), $"{path} is missing: build it with `dotnet build tests/DynamicsWifi.Sdk.Tests`.");
            using var pe = new PEReader(File.OpenRead(path));
            var reader = pe.GetMetadataReader();
            var assembly = reader.GetAssemblyDefinition();
            return (reader.GetString(assembly.Name), assembly.Version, reader.GetString(assembly.Culture), reader.GetBlobBytes(assembly.PublicKey));
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Registration.Export;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Registration
{
    [TestClass]
    public sealed class FieldSecurityProfileReaderTests
    {
        private static readonly Lazy<FieldSecurityProfileDefinition> Example = new Lazy<FieldSecurityProfileDefinition>(() => RegistrationSamples.Read(RegistrationSamples.ColumnLevelSecurity).FieldSecurityProfiles.Single());

        [TestMethod]
        public void SampleProfile_HasItsIdentityAndFourColumns()
        {
            var columns = Example.Value.Permissions.Select(permission => permission.Column).ToArray();

            Assert.AreEqual("Example Field Security Profile", Example.Value.Name);
            Assert.AreEqual(Guid.Parse("9fd67f9b-a669-f011-bec2-00224823101f"), Example.Value.Id);
            CollectionAssert.AreEqual(new[] { "sample_telephonenumber", "sample_email", "sample_governmentid", "sample_dateofbirth" }, columns);
            Assert.IsTrue(Example.Value.Permissions.All(permission => permission.Table == "sample_example"));
        }

        [TestMethod]
        public void AllowedEverywhere_ReadsCreatesAndUpdates()
        {
            var email = Example.Value.Permissions.Single(permission => permission.Column == "sample_email");

            Assert.IsTrue(email.CanRead);
            Assert.IsTrue(email.CanCreate);
            Assert.IsTrue(email.CanUpdate);
        }

        [TestMethod]
        public void UpdateNotAllowed_ReadsAndCreatesOnly()
        {
            var governmentId = Example.Value.Permissions.Single(permission => permission.Column == "sample_governmentid");

            Assert.IsTrue(governmentId.CanRead);
            Assert.IsTrue(governmentId.CanCreate);
            Assert.IsFalse(governmentId.CanUpdate);
        }

        [TestMethod]
        public void UnknownPermissionValue_IsRefusedNamingTheColumn()
        {
            var customizations = XElement.Parse(
                "<ImportExportXml><FieldSecurityProfiles><FieldSecurityProfile name=\"Secrets\" fieldsecurityprofileid=\"{3a3a3a3a-0000-4000-8000-000000000001}\"><FieldPermissions>" +
                "<FieldPermission><EntityName>cr_wifisecret</EntityName><AttributeName>cr_value</AttributeName><CanRead>2</CanRead><CanUpdate>0</CanUpdate><CanCreate>0</CanCreate></FieldPermission>" +
                "</FieldPermissions></FieldSecurityProfile></FieldSecurityProfiles></ImportExportXml>");

            var error = Assert.ThrowsExactly<InvalidDataException>(() => FieldSecurityProfileReader.Read(customizations, new List<string>()));

            Assert.AreEqual("Field security profile 'Secrets', column cr_wifisecret.cr_value: CanRead is '2'; Dataverse knows 4 (Allowed) and 0 (Not Allowed).", error.Message);
        }
    }
}

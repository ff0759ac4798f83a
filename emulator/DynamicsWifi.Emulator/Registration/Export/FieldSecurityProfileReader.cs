using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Metadata.Export;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>Reads FieldSecurityProfiles/FieldSecurityProfile of customizations.xml with its FieldPermissions; CanRead,
    /// CanCreate and CanUpdate are 4 (Allowed) or 0 (Not Allowed), as the fieldpermission table defines them
    /// (learn.microsoft.com/power-apps/developer/data-platform/reference/entities/fieldpermission).</summary>
    internal static class FieldSecurityProfileReader
    {
        private const int Allowed = 4;
        private const int NotAllowed = 0;

        public static IReadOnlyList<FieldSecurityProfileDefinition> Read(XElement customizations, ICollection<string> notes) =>
            customizations.Path("FieldSecurityProfiles", "FieldSecurityProfile").Select(profile => ReadProfile(profile, notes)).ToList();

        private static FieldSecurityProfileDefinition ReadProfile(XElement profile, ICollection<string> notes)
        {
            var name = profile.AttributeText("name") ?? throw new InvalidDataException("A field security profile has no name.");
            if (!Guid.TryParse(profile.AttributeText("fieldsecurityprofileid"), out var id))
            {
                throw new InvalidDataException($"Field security profile '{name}' has no valid fieldsecurityprofileid.");
            }

            var permissions = new List<FieldPermission>();
            foreach (var permission in profile.Path("FieldPermissions", "FieldPermission"))
            {
                var table = permission.Text("EntityName") ?? throw new InvalidDataException($"Field security profile '{name}' has a FieldPermission without EntityName.");
                var column = permission.Text("AttributeName") ?? throw new InvalidDataException($"Field security profile '{name}' has a FieldPermission on '{table}' without AttributeName.");
                var where = $"Field security profile '{name}', column {table}.{column}";
                if (permission.Child("CanReadUnmasked") != null)
                {
                    notes.Add($"{where}: CanReadUnmasked (masking rules) is not modelled; the column is read as CanRead says.");
                }

                permissions.Add(new FieldPermission(
                    ExportXml.Logical(table),
                    ExportXml.Logical(column),
                    Permission(permission, "CanRead", where),
                    Permission(permission, "CanCreate", where),
                    Permission(permission, "CanUpdate", where)));
            }

            return new FieldSecurityProfileDefinition(id, name, permissions);
        }

        private static bool Permission(XElement permission, string element, string where) => permission.Integer(element) switch
        {
            Allowed => true,
            NotAllowed or null => false,
            _ => throw new InvalidDataException($"{where}: {element} is '{permission.Text(element)}'; Dataverse knows 4 (Allowed) and 0 (Not Allowed)."),
        };
    }
}

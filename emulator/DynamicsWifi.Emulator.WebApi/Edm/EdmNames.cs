using DynamicsWifi.Emulator.Views;

namespace DynamicsWifi.Emulator.WebApi.Edm
{
    /// <summary>How Dataverse's Web API names things in its CSDL: one namespace, the lookup value property
    /// _{column}_value, the {api}Response complex type
    /// (learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-types-operations).</summary>
    internal static class EdmNames
    {
        public const string Namespace = "Microsoft.Dynamics.CRM";
        public const string Alias = "mscrm";
        public const string Container = "System";
        public const string BaseEntity = "crmbaseentity";

        public static string LookupValue(string column) => "_" + column + "_value";

        public static string ResponseType(string api) => api + "Response";

        public static string Qualified(string name) => Namespace + "." + name;

        /// <summary>The single-valued navigation property of a lookup: the column's name, or column_target for a lookup
        /// that may point at several tables (Dataverse's parentcustomerid_account pattern). Dataverse takes the
        /// relationship's ReferencingEntityNavigationPropertyName, usually the lookup's schema name; the export's logical
        /// names are what the emulator keeps (see the host's README).</summary>
        public static string Navigation(ColumnView lookup, string target) =>
            lookup.LookupTargets.Count > 1 ? lookup.LogicalName + "_" + target : lookup.LogicalName;
    }
}

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
    }
}

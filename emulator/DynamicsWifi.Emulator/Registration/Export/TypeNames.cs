namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>Splitting an assembly-qualified type name ("Ns.Type, Assembly, Version=..., PublicKeyToken=...") into
    /// the full type name and the assembly's simple name; commas inside generic brackets belong to the type.</summary>
    internal static class TypeNames
    {
        public static string FullName(string assemblyQualifiedName)
        {
            var comma = TopLevelComma(assemblyQualifiedName);
            return (comma < 0 ? assemblyQualifiedName : assemblyQualifiedName.Substring(0, comma)).Trim();
        }

        /// <summary>The assembly's simple name; null when the name is not assembly-qualified.</summary>
        public static string? AssemblyName(string assemblyQualifiedName)
        {
            var comma = TopLevelComma(assemblyQualifiedName);
            if (comma < 0)
            {
                return null;
            }

            var assembly = assemblyQualifiedName.Substring(comma + 1);
            var next = assembly.IndexOf(',');
            var simple = (next < 0 ? assembly : assembly.Substring(0, next)).Trim();
            return simple.Length == 0 ? null : simple;
        }

        private static int TopLevelComma(string name)
        {
            var depth = 0;
            for (var i = 0; i < name.Length; i++)
            {
                switch (name[i])
                {
                    case '[':
                        depth++;
                        break;
                    case ']':
                        depth--;
                        break;
                    case ',' when depth == 0:
                        return i;
                }
            }

            return -1;
        }
    }
}

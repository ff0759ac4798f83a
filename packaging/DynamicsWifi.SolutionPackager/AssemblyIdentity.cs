using System;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>An assembly's strong name as Dataverse writes it in FullName: "Name, Version=..., Culture=..., PublicKeyToken=...".</summary>
    public sealed record AssemblyIdentity(string Name, Version Version, string Culture, string PublicKeyToken)
    {
        public string FullName => $"{Name}, Version={Version}, Culture={Culture}, PublicKeyToken={PublicKeyToken}";

        public override string ToString() => FullName;
    }
}

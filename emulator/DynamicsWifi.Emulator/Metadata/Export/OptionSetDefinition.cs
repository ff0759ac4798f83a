using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Metadata.Export
{
    /// <summary>The values of one choice as an export declares them: options with labels and, for status reasons,
    /// the state each belongs to.</summary>
    internal sealed class OptionSetDefinition
    {
        public OptionSetDefinition(string name, IReadOnlyDictionary<int, string> options, IReadOnlyDictionary<int, int> statusStates)
        {
            Name = name;
            Options = options;
            StatusStates = statusStates;
        }

        public string Name { get; }

        public IReadOnlyDictionary<int, string> Options { get; }

        public IReadOnlyDictionary<int, int> StatusStates { get; }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Architecture
{
    /// <summary>The emulator's request path flows one way (STYLE.md 3.4), read from the compiled assembly: a folder
    /// (namespace DynamicsWifi.Emulator.&lt;Folder&gt;, with its sub-folders) is one part of the picture.</summary>
    [TestClass]
    public sealed class EmulatorDependencyTests
    {
        private const string Root = "DynamicsWifi.Emulator";
        private const string FrontDoor = "(front door)";

        // The request path from the top down, as STYLE.md 3.4 draws it; the parts beside it (Metadata, Registration,
        // Query, Security, Seeding, Faults, Observability) may be used from anywhere on it, as long as no cycle forms.
        private static readonly string[] RequestPath = { FrontDoor, "Service", "Pipeline", "AsyncQueue", "Messages", "Transactions", "Store" };

        private static readonly Lazy<AssemblyUses> Uses = new(() => AssemblyUses.Of(typeof(DataverseEmulator).Assembly));

        [TestMethod]
        public void Folders_UseEachOtherWithoutACycle()
        {
            var edges = FolderEdges();

            var cycles = StronglyConnected(edges.Keys).Where(component => component.Count > 1).ToList();

            Assert.IsEmpty(cycles, string.Join(Environment.NewLine, cycles.Select(component => Describe(component, edges))));
        }

        [TestMethod]
        public void RequestPath_UsesOnlyTheFoldersBelowIt()
        {
            var upward = FolderEdges()
                .Where(edge => Array.IndexOf(RequestPath, edge.Key.From) is var from && from >= 0
                    && Array.IndexOf(RequestPath, edge.Key.To) is var to && to >= 0 && to < from)
                .Select(edge => edge.Key.From + " -> " + edge.Key.To + " (" + edge.Value + ")")
                .ToList();

            Assert.IsEmpty(upward, string.Join(Environment.NewLine, upward));
        }

        [TestMethod]
        public void RowWrites_GoThroughTheRowWriterOnly()
        {
            var writers = Uses.Value.Members
                .Where(use => use.Type == Root + ".Transactions.Transaction" && use.Member is "Insert" or "Update" or "Delete")
                .Where(use => use.From != use.Type)
                .Select(use => use.From + " calls Transaction." + use.Member)
                .Distinct()
                .ToList();

            CollectionAssert.AreEquivalent(
                new[] { "Insert", "Update", "Delete" }.Select(member => Root + ".Messages.RowWriter calls Transaction." + member).ToList(),
                writers,
                string.Join(Environment.NewLine, writers));
        }

        /// <summary>Each use of one folder by another, with one example "Type uses Type" for a failing test's message.</summary>
        private static Dictionary<(string From, string To), string> FolderEdges()
        {
            var edges = new Dictionary<(string, string), string>();
            foreach (var use in Uses.Value.Types)
            {
                var from = FolderOf(use.From);
                var to = FolderOf(use.To);
                if (from != null && to != null && from != to)
                {
                    edges.TryAdd((from, to), use.From + " uses " + use.To);
                }
            }

            return edges;
        }

        /// <summary>The emulator folder a type belongs to; null for types outside the emulator's namespaces (the
        /// compiler's own attributes).</summary>
        private static string? FolderOf(string typeName)
        {
            if (!typeName.StartsWith(Root + ".", StringComparison.Ordinal))
            {
                return null;
            }

            var segments = typeName.Substring(Root.Length + 1).Split('.');
            return segments.Length == 1 ? FrontDoor : segments[0];
        }

        /// <summary>Tarjan's strongly connected components of the folder graph: a component of more than one folder is
        /// a cycle.</summary>
        private static List<List<string>> StronglyConnected(IEnumerable<(string From, string To)> edgeList)
        {
            var graph = edgeList.GroupBy(edge => edge.From).ToDictionary(group => group.Key, group => group.Select(edge => edge.To).ToList());
            var nodes = graph.Keys.Concat(graph.Values.SelectMany(targets => targets)).Distinct().OrderBy(node => node, StringComparer.Ordinal).ToList();
            var index = new Dictionary<string, int>();
            var low = new Dictionary<string, int>();
            var stack = new Stack<string>();
            var onStack = new HashSet<string>();
            var components = new List<List<string>>();

            void Visit(string node)
            {
                index[node] = low[node] = index.Count;
                stack.Push(node);
                onStack.Add(node);
                foreach (var next in graph.TryGetValue(node, out var targets) ? targets : new List<string>())
                {
                    if (!index.ContainsKey(next))
                    {
                        Visit(next);
                        low[node] = Math.Min(low[node], low[next]);
                    }
                    else if (onStack.Contains(next))
                    {
                        low[node] = Math.Min(low[node], index[next]);
                    }
                }

                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);
                    components.Add(component);
                }
            }

            foreach (var node in nodes.Where(node => !index.ContainsKey(node)))
            {
                Visit(node);
            }

            return components;
        }

        private static string Describe(List<string> component, Dictionary<(string From, string To), string> edges) =>
            "Cycle among " + string.Join(", ", component.OrderBy(folder => folder, StringComparer.Ordinal)) + ": " + string.Join("; ", edges
                .Where(edge => component.Contains(edge.Key.From) && component.Contains(edge.Key.To))
                .Select(edge => edge.Key.From + " -> " + edge.Key.To + " (" + edge.Value + ")"));
    }
}

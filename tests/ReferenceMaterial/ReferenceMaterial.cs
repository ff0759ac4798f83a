using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Tests
{
    /// <summary>
    /// Microsoft's material that lives beside the repository, never in it: the real SDK's surface listings
    /// (<c>sdk-surface/</c>), the solution XML schemas (<c>schemas/</c>) and others' exported solutions
    /// (<c>solution-samples/</c>). Tests that compare with it run when it is there and are reported as skipped,
    /// saying why, when it is not, so a plain clone passes.
    /// </summary>
    /// <remarks>
    /// Found at <c>$DYNAMICSWIFI_REFERENCE</c> when that is set, else at <c>../shared/reference</c> beside the repository.
    /// <c>.ci/run</c> sets the variable to a folder that does not exist to run the suite as a plain clone sees it.
    /// </remarks>
    internal static class ReferenceMaterial
    {
        public const string Variable = "DYNAMICSWIFI_REFERENCE";

        public static string Root { get; } = FindRoot();

        /// <summary>The file or folder at <paramref name="relativePath"/> under <see cref="Root"/>; a test asking for
        /// it when it is absent ends as skipped (Assert.Inconclusive) with the reason and how to get it.</summary>
        public static string Require(string relativePath)
        {
            var path = Find(relativePath);
            if (path is null)
            {
                Assert.Inconclusive(
                    $"Skipped: this check compares with Microsoft's reference material '{relativePath}', which is not part of the repository " +
                    $"and was not found under {Root}. To run it, place the reference folder (sdk-surface/, schemas/, solution-samples/) at " +
                    $"../shared/reference beside the clone, or set {Variable} to it.");
            }

            return path!;
        }

        /// <summary>The file or folder at <paramref name="relativePath"/> under <see cref="Root"/>, or null when it is absent.</summary>
        public static string? Find(string relativePath)
        {
            var path = Path.GetFullPath(Path.Combine(Root, relativePath));
            return File.Exists(path) || Directory.Exists(path) ? path : null;
        }

        private static string FindRoot()
        {
            var configured = Environment.GetEnvironmentVariable(Variable);
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return Path.GetFullPath(configured);
            }

            var repoRoot = typeof(ReferenceMaterial).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "RepoRoot").Value!;
            return Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "reference"));
        }
    }
}

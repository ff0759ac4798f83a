using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DynamicsWifi.SolutionFiles;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>Solution/ as the packager takes it: a folder (never a zip: the zip is what it writes) with the three
    /// files Dataverse requires at the root, ASCII file names, and no hand-kept assembly.</summary>
    public static class SolutionFolderCheck
    {
        public static SolutionSource Read(string folder)
        {
            if (!Directory.Exists(folder))
            {
                throw new PackagingException($"The solution folder '{folder}' does not exist.");
            }

            SolutionSource source;
            try
            {
                source = SolutionSource.Open(folder);
            }
            catch (InvalidDataException unreadable)
            {
                throw new PackagingException(unreadable.Message);
            }

            var problems = FindProblems(source);
            return problems.Count > 0 ? throw new PackagingException(problems) : source;
        }

        private static IReadOnlyList<string> FindProblems(SolutionSource source)
        {
            var problems = new List<string>();
            foreach (var required in new[] { SolutionSource.ManifestPath, SolutionSource.CustomizationsPath, SolutionSource.ContentTypesPath })
            {
                if (!source.Exists(required))
                {
                    problems.Add($"Solution/ has no {required}; Dataverse requires it at the root of the zip.");
                }
            }

            foreach (var path in source.Files.Where(path => path.Any(c => c > 0x7E || c < 0x20)))
            {
                problems.Add($"'{path}' has a non-ASCII name; keep solution file names ASCII.");
            }

            foreach (var path in source.Files.Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"'{path}' is a hand-kept assembly; the packager places the built one (DESIGN.md 6).");
            }

            return problems;
        }
    }
}

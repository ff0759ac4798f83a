using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>
    /// The files of Solution/ by their path inside the zip ('/' separated), read byte for byte. Dot-files
    /// (.gitattributes) belong to the repository, not the solution, and are left out.
    /// </summary>
    public sealed class SolutionSource
    {
        public const string ManifestPath = "solution.xml";
        public const string CustomizationsPath = "customizations.xml";
        public const string ContentTypesPath = "[Content_Types].xml";

        private SolutionSource(IReadOnlyDictionary<string, byte[]> files)
        {
            Files = files;
        }

        public IReadOnlyDictionary<string, byte[]> Files { get; }

        public byte[] Manifest => Files[ManifestPath];

        public byte[] Customizations => Files[CustomizationsPath];

        public static SolutionSource Read(string folder)
        {
            if (!Directory.Exists(folder))
            {
                throw new PackagingException($"The solution folder '{folder}' does not exist.");
            }

            var root = Path.GetFullPath(folder);
            var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(relative => !relative.Split('/').Any(segment => segment.StartsWith('.')))
                .ToDictionary(relative => relative, relative => File.ReadAllBytes(Path.Combine(root, relative)), StringComparer.Ordinal);

            var problems = new List<string>();
            foreach (var required in new[] { ManifestPath, CustomizationsPath, ContentTypesPath })
            {
                if (!files.ContainsKey(required))
                {
                    problems.Add($"Solution/ has no {required}; Dataverse requires it at the root of the zip.");
                }
            }

            foreach (var path in files.Keys.Where(path => path.Any(c => c > 0x7E || c < 0x20)))
            {
                problems.Add($"'{path}' has a non-ASCII name; keep solution file names ASCII.");
            }

            foreach (var path in files.Keys.Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"'{path}' is a hand-kept assembly; the packager places the built one (DESIGN.md 6).");
            }

            return problems.Count > 0 ? throw new PackagingException(problems) : new SolutionSource(files);
        }
    }
}

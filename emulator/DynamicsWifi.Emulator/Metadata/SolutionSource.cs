using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace DynamicsWifi.Emulator.Metadata
{
    /// <summary>The files of an exported solution, by their path inside the zip ("customizations.xml",
    /// "customapis/cr_x/customapi.xml"), whether it is a folder in the zip layout or the .zip itself. Read once into
    /// memory, immutable: every reader (tables, steps, custom APIs, roles, environment variables) uses the same one.</summary>
    internal sealed class SolutionSource
    {
        private readonly IReadOnlyDictionary<string, byte[]> _files;

        private SolutionSource(string origin, IReadOnlyDictionary<string, byte[]> files)
        {
            Origin = origin;
            _files = files;
        }

        /// <summary>The folder or zip file this solution was read from.</summary>
        public string Origin { get; }

        /// <summary>Every file's zip path, '/'-separated, in ordinal order.</summary>
        public IReadOnlyList<string> Files => _files.Keys.OrderBy(path => path, StringComparer.Ordinal).ToList();

        /// <summary>Opens a solution folder in the zip layout or a solution .zip file.</summary>
        public static SolutionSource Open(string folderOrZip)
        {
            if (Directory.Exists(folderOrZip))
            {
                return FromFolder(folderOrZip);
            }

            if (File.Exists(folderOrZip))
            {
                return FromZip(folderOrZip);
            }

            throw new FileNotFoundException($"No solution folder or zip at '{folderOrZip}'.", folderOrZip);
        }

        /// <summary>A solution made of the given files: for tests and for fragments of real exports.</summary>
        public static SolutionSource FromFiles(string origin, IEnumerable<KeyValuePair<string, byte[]>> files)
        {
            var map = NewMap();
            foreach (var file in files)
            {
                map[Normalize(file.Key)] = file.Value;
            }

            return new SolutionSource(origin, map);
        }

        public bool Exists(string path) => _files.ContainsKey(Normalize(path));

        /// <summary>The zip paths of the files under a folder, at any depth ("customapis" lists every custom API file).</summary>
        public IReadOnlyList<string> FilesUnder(string folder)
        {
            var prefix = Normalize(folder).TrimEnd('/') + "/";
            return Files.Where(path => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        /// <summary>The names of the folders directly under a folder ("customapis" gives each custom API's unique name).</summary>
        public IReadOnlyList<string> FoldersUnder(string folder)
        {
            var prefix = Normalize(folder).TrimEnd('/') + "/";
            return FilesUnder(folder)
                .Select(path => path.Substring(prefix.Length))
                .Where(rest => rest.Contains('/'))
                .Select(rest => rest.Substring(0, rest.IndexOf('/')))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
        }

        public byte[] ReadBytes(string path)
        {
            if (!_files.TryGetValue(Normalize(path), out var bytes))
            {
                throw new FileNotFoundException($"The solution at '{Origin}' has no file '{path}'.", path);
            }

            return bytes;
        }

        /// <summary>The file's text, decoded from its byte order mark (exports write UTF-8, often with a BOM).</summary>
        public string ReadText(string path)
        {
            using var reader = new StreamReader(new MemoryStream(ReadBytes(path)), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        public XDocument ReadXml(string path)
        {
            using var stream = new MemoryStream(ReadBytes(path));
            return XDocument.Load(stream);
        }

        private static SolutionSource FromFolder(string folder)
        {
            var root = Path.GetFullPath(folder);
            var map = NewMap();
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                map[Normalize(Path.GetRelativePath(root, file))] = File.ReadAllBytes(file);
            }

            return new SolutionSource(root, map);
        }

        private static SolutionSource FromZip(string zipPath)
        {
            var map = NewMap();
            using (var archive = ZipFile.OpenRead(zipPath))
            {
                foreach (var entry in archive.Entries.Where(entry => !entry.FullName.EndsWith("/", StringComparison.Ordinal)))
                {
                    using var stream = entry.Open();
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    map[Normalize(entry.FullName)] = copy.ToArray();
                }
            }

            return new SolutionSource(Path.GetFullPath(zipPath), map);
        }

        // Exports name files with one casing, SolutionPackager and hand-made folders sometimes another; Windows and
        // Dataverse's importer do not care, so neither do we.
        private static Dictionary<string, byte[]> NewMap() => new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);

        private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');
    }
}

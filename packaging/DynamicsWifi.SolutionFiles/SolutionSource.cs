using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace DynamicsWifi.SolutionFiles
{
    /// <summary>The files of an exported solution, by their path inside the zip ("customizations.xml",
    /// "customapis/cr_x/customapi.xml"), whether it is a folder in the zip layout or the .zip itself. Read once into
    /// memory, immutable: the packager and every reader of the emulator (tables, steps, custom APIs, roles, environment
    /// variables) use the same one. Paths keep the case they were written with and are found without case, as
    /// Dataverse's importer finds them.</summary>
    public sealed class SolutionSource
    {
        public const string ManifestPath = "solution.xml";
        public const string CustomizationsPath = "customizations.xml";
        public const string ContentTypesPath = "[Content_Types].xml";

        private readonly IReadOnlyDictionary<string, byte[]> _files;

        private SolutionSource(string origin, IReadOnlyDictionary<string, byte[]> files)
        {
            Origin = origin;
            _files = files;
            Files = files.Keys.OrderBy(path => path, StringComparer.Ordinal).ToList();
        }

        /// <summary>The folder or zip file this solution was read from.</summary>
        public string Origin { get; }

        /// <summary>Every file's zip path, '/'-separated, in ordinal order.</summary>
        public IReadOnlyList<string> Files { get; }

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
        public static SolutionSource FromFiles(string origin, IEnumerable<KeyValuePair<string, byte[]>> files) =>
            new(origin, Map(origin, files.Select(file => (Normalize(file.Key), file.Value))));

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
            var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(file => (Path: Normalize(Path.GetRelativePath(root, file)), File: file))
                .Where(file => !IsRepositoryFile(file.Path))
                .Select(file => (file.Path, File.ReadAllBytes(file.File)));
            return new SolutionSource(root, Map(root, files));
        }

        private static SolutionSource FromZip(string zipPath)
        {
            var files = new List<(string, byte[])>();
            using (var archive = ZipFile.OpenRead(zipPath))
            {
                foreach (var entry in archive.Entries.Where(entry => !entry.FullName.EndsWith("/", StringComparison.Ordinal) && !IsRepositoryFile(Normalize(entry.FullName))))
                {
                    using var stream = entry.Open();
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    files.Add((Normalize(entry.FullName), copy.ToArray()));
                }
            }

            var origin = Path.GetFullPath(zipPath);
            return new SolutionSource(origin, Map(origin, files));
        }

        // Windows and Dataverse's importer see two paths that differ only in case as one file: refuse them rather than
        // let one silently win.
        private static Dictionary<string, byte[]> Map(string origin, IEnumerable<(string Path, byte[] Bytes)> files)
        {
            var map = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var (path, bytes) in files)
            {
                if (!map.TryAdd(path, bytes))
                {
                    var other = map.Keys.First(key => string.Equals(key, path, StringComparison.OrdinalIgnoreCase));
                    throw new InvalidDataException($"The solution at '{origin}' holds both '{other}' and '{path}'; paths in a solution may not differ only in case.");
                }
            }

            return map;
        }

        // Dot-files and dot-folders (.gitattributes) belong to the repository a solution folder lives in (and to a zip
        // made from such a folder), never to the solution: no part of an export's layout starts with a dot.
        private static bool IsRepositoryFile(string path) => path.Split('/').Any(segment => segment.StartsWith('.'));

        private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');
    }
}

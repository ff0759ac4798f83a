using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>
    /// Writes a plain zip whose bytes depend only on the entries: sorted names, one fixed timestamp, no
    /// attributes, no extra fields and "made by MS-DOS" on every OS. ZipArchive stamps the current platform
    /// and default Unix permissions into each entry, so the same solution would zip differently per machine.
    /// </summary>
    public static class DeterministicZipWriter
    {
        private const ushort VersionNeeded = 20;
        private const ushort MethodDeflate = 8;
        private const ushort DosTimeMidnight = 0;
        private const ushort DosDate1980January1 = (1 << 5) | 1;

        public static byte[] Write(IReadOnlyDictionary<string, byte[]> entries)
        {
            using var zip = new MemoryStream();
            using var writer = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true);
            var central = new List<(byte[] Name, uint Crc, int Compressed, int Size, int Offset)>();

            foreach (var path in entries.Keys.OrderBy(p => p, StringComparer.Ordinal))
            {
                var name = Encoding.ASCII.GetBytes(path);
                var content = entries[path];
                var compressed = Deflate(content);
                var crc = Crc32.Compute(content);
                var offset = checked((int)zip.Position);

                writer.Write(0x04034b50u);
                writer.Write(VersionNeeded);
                writer.Write((ushort)0);
                writer.Write(MethodDeflate);
                writer.Write(DosTimeMidnight);
                writer.Write(DosDate1980January1);
                writer.Write(crc);
                writer.Write(compressed.Length);
                writer.Write(content.Length);
                writer.Write((ushort)name.Length);
                writer.Write((ushort)0);
                writer.Write(name);
                writer.Write(compressed);

                central.Add((name, crc, compressed.Length, content.Length, offset));
            }

            var centralStart = checked((int)zip.Position);
            foreach (var entry in central)
            {
                writer.Write(0x02014b50u);
                writer.Write(VersionNeeded);
                writer.Write(VersionNeeded);
                writer.Write((ushort)0);
                writer.Write(MethodDeflate);
                writer.Write(DosTimeMidnight);
                writer.Write(DosDate1980January1);
                writer.Write(entry.Crc);
                writer.Write(entry.Compressed);
                writer.Write(entry.Size);
                writer.Write((ushort)entry.Name.Length);
                writer.Write((ushort)0);
                writer.Write((ushort)0);
                writer.Write((ushort)0);
                writer.Write((ushort)0);
                writer.Write(0u);
                writer.Write(entry.Offset);
                writer.Write(entry.Name);
            }

            var centralSize = checked((int)zip.Position) - centralStart;
            writer.Write(0x06054b50u);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write(checked((ushort)central.Count));
            writer.Write(checked((ushort)central.Count));
            writer.Write(centralSize);
            writer.Write(centralStart);
            writer.Write((ushort)0);
            writer.Flush();
            return zip.ToArray();
        }

        private static byte[] Deflate(byte[] content)
        {
            using var output = new MemoryStream();
            using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(content, 0, content.Length);
            }

            return output.ToArray();
        }
    }
}

using System;
using System.IO;
using System.Text;

namespace DynamicsWifi.Solution.Tests
{
    /// <summary>A throw-away copy of Solution/ that a test may edit, deleted afterwards.</summary>
    internal sealed class SolutionFolderCopy : IDisposable
    {
        public SolutionFolderCopy()
        {
            Root = Path.Combine(Path.GetTempPath(), "dynamicswifi-solution-" + Guid.NewGuid().ToString("N"));
            foreach (var file in Directory.EnumerateFiles(Repository.SolutionFolder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Root, Path.GetRelativePath(Repository.SolutionFolder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public string Root { get; }

        public string OutputFolder => Path.Combine(Root, "..", Path.GetFileName(Root) + "-out");

        /// <summary>Replaces text in customizations.xml; fails the test if the text is not there.</summary>
        public SolutionFolderCopy EditCustomizations(string oldText, string newText)
        {
            var path = Path.Combine(Root, "customizations.xml");
            var text = File.ReadAllText(path, Encoding.UTF8);
            if (!text.Contains(oldText, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"customizations.xml does not contain '{oldText}'.");
            }

            File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal), new UTF8Encoding(false));
            return this;
        }

        /// <summary>Adds customapis/&lt;name&gt;/customapi.xml linked to a plug-in type as 2023+ exports write it.</summary>
        public SolutionFolderCopy AddCustomApi(string uniqueName, string pluginTypeId)
        {
            var folder = Path.Combine(Root, "customapis", uniqueName);
            Directory.CreateDirectory(folder);
            File.WriteAllText(
                Path.Combine(folder, "customapi.xml"),
                $"<customapi uniquename=\"{uniqueName}\">\r\n  <plugintypeid>\r\n    <plugintypeexportkey>{pluginTypeId}</plugintypeexportkey>\r\n  </plugintypeid>\r\n</customapi>",
                new UTF8Encoding(false));
            return this;
        }

        public void Dispose()
        {
            Directory.Delete(Root, recursive: true);
            if (Directory.Exists(OutputFolder))
            {
                Directory.Delete(OutputFolder, recursive: true);
            }
        }
    }
}

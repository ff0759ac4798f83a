using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Metadata.Export;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>Reads a step's SdkMessageProcessingStepImages/SdkMessageProcessingStepImage elements
    /// (learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstepimage).</summary>
    internal static class ImageReader
    {
        public static IReadOnlyList<ImageRegistration> Read(XElement step, string stepName) =>
            step.Path("SdkMessageProcessingStepImages", "SdkMessageProcessingStepImage")
                .Select(image => ReadImage(image, stepName))
                .ToList();

        private static ImageRegistration ReadImage(XElement image, string stepName)
        {
            var alias = image.Text("EntityAlias") ?? image.AttributeText("Name")
                ?? throw new InvalidDataException($"Step '{stepName}' has an image without an EntityAlias.");
            var type = image.Integer("ImageType") switch
            {
                0 => ImageType.PreImage,
                1 => ImageType.PostImage,
                2 => ImageType.Both,
                _ => throw new InvalidDataException(
                    $"Step '{stepName}' has image '{alias}' of ImageType '{image.Text("ImageType")}'; Dataverse knows 0 (PreImage), 1 (PostImage) and 2 (Both)."),
            };

            // Every sample says Target; Dataverse uses Id for the post-image of Create, so keep whatever the export says.
            var property = image.Text("MessagePropertyName") ?? "Target";
            return new ImageRegistration(alias, type, property, NameList.Parse(image.Text("Attributes")));
        }
    }
}

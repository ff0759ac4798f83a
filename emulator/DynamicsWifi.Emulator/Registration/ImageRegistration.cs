using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Registration
{
    /// <summary>An entity image registered on a step (SdkMessageProcessingStepImage).</summary>
    internal sealed class ImageRegistration
    {
        public ImageRegistration(string entityAlias, ImageType imageType, string messagePropertyName, IReadOnlyList<string> attributes)
        {
            EntityAlias = entityAlias;
            ImageType = imageType;
            MessagePropertyName = messagePropertyName;
            Attributes = attributes;
        }

        /// <summary>The key the plug-in reads in PreEntityImages / PostEntityImages.</summary>
        public string EntityAlias { get; }

        public ImageType ImageType { get; }

        /// <summary>The request parameter whose row the image shows (Target; Id for Create's post-image).</summary>
        public string MessagePropertyName { get; }

        /// <summary>The columns the image holds; empty means every column.</summary>
        public IReadOnlyList<string> Attributes { get; }

        public bool IsPreImage => ImageType is ImageType.PreImage or ImageType.Both;

        public bool IsPostImage => ImageType is ImageType.PostImage or ImageType.Both;
    }
}

using System.Globalization;
using System.Linq;
using DynamicsWifi.Emulator.Query;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The pre- and post-images a step registers: the row before or after the main operation, holding exactly
    /// the registered columns that have a value (all of them when none is listed). Dataverse gives no pre-image on
    /// Create, no post-image on Delete, and post-images only after the main operation
    /// (learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#define-entity-images).</summary>
    internal static class EntityImages
    {
        public static EntityImageCollection Pre(StepRegistration step, Row? before) =>
            Collect(step, before, image => image.IsPreImage);

        public static EntityImageCollection Post(StepRegistration step, Row? after) =>
            Collect(step, after, image => image.IsPostImage);

        private static EntityImageCollection Collect(StepRegistration step, Row? row, System.Func<ImageRegistration, bool> wanted)
        {
            var images = new EntityImageCollection();
            if (row == null)
            {
                return images;
            }

            foreach (var image in step.Images.Where(wanted))
            {
                images[image.EntityAlias] = Image(row, image);
            }

            return images;
        }

        private static Entity Image(Row row, ImageRegistration image)
        {
            var entity = new Entity(row.Table, row.Id) { RowVersion = row.Version.ToString(CultureInfo.InvariantCulture) };
            foreach (var (column, value) in row.Values)
            {
                if (value != null && (image.Attributes.Count == 0 || image.Attributes.Contains(column)))
                {
                    entity[column] = ValueCopy.Of(value);
                }
            }

            return entity;
        }
    }
}

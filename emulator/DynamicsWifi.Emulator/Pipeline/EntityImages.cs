using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamicsWifi.Emulator.Query;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>The pre- and post-images a step registers, one collection per row the operation addresses (one for a
    /// single-row message, one per Target of a bulk message, in their order): the row before or after the main operation,
    /// holding exactly the registered columns that have a value (all of them when none is listed). Dataverse gives no
    /// pre-image on Create or CreateMultiple, no post-image on Delete, and post-images only after the main operation
    /// (learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#define-entity-images,
    /// learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation#entity-images).</summary>
    internal static class EntityImages
    {
        public static EntityImageCollection[] Pre(StepRegistration step, Operation operation) =>
            operation.Request.RequestName is "Create" or "CreateMultiple"
                ? PerItem(step, operation.ItemCount, new List<Row?>(), image => image.IsPreImage)
                : PerItem(step, operation.ItemCount, operation.Before, image => image.IsPreImage);

        public static EntityImageCollection[] Post(StepRegistration step, Operation operation, PipelineStage stage) =>
            stage != PipelineStage.PostOperation || operation.Request.RequestName == "Delete"
                ? PerItem(step, operation.ItemCount, new List<Row?>(), image => image.IsPostImage)
                : PerItem(step, operation.ItemCount, operation.After, image => image.IsPostImage);

        private static EntityImageCollection[] PerItem(StepRegistration step, int count, IReadOnlyList<Row?> rows, System.Func<ImageRegistration, bool> wanted) =>
            Enumerable.Range(0, count).Select(index => Collect(step, index < rows.Count ? rows[index] : null, wanted)).ToArray();

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

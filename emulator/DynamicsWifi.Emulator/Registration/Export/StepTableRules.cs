using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Metadata.Standard;

namespace DynamicsWifi.Emulator.Registration.Export
{
    /// <summary>What Dataverse refuses when a step is registered against the organization's tables, checked once the
    /// solution's tables are known (learn.microsoft.com/power-apps/developer/data-platform/register-plug-in): the step's
    /// table must exist, and its filtering attributes and image columns must be columns of it. A standard table or column
    /// the emulator does not model is not a mistake of the solution: such a step loads, with a note saying what it misses.</summary>
    internal static class StepTableRules
    {
        public static void Check(IEnumerable<StepRegistration> steps, MetadataCatalog catalog, ICollection<string> notes)
        {
            foreach (var step in steps.Where(step => step.PrimaryEntity.Length > 0))
            {
                if (!catalog.TryGetTable(step.PrimaryEntity, out var table))
                {
                    if (!StandardTableNames.Contains(step.PrimaryEntity))
                    {
                        throw StepRules.Refused(step.Name, $"is registered on table '{step.PrimaryEntity}', which is neither a table of the solution nor a standard table");
                    }

                    notes.Add($"Step '{step.Name}' is registered on the standard table '{step.PrimaryEntity}', which the emulator does not model: it is loaded, and no request reaches it.");
                    continue;
                }

                var solutionsOwn = !StandardTableNames.Contains(table.LogicalName);
                foreach (var (column, role) in NamedColumns(step).Where(named => !table.Columns.ContainsKey(named.Column)))
                {
                    if (solutionsOwn)
                    {
                        throw StepRules.Refused(step.Name, $"names {role} '{column}', which is not a column of the solution's table '{table.LogicalName}'");
                    }

                    notes.Add($"Step '{step.Name}' names {role} '{column}' of the standard table '{table.LogicalName}', a column the emulator does not model: no request sets it.");
                }
            }
        }

        private static IEnumerable<(string Column, string Role)> NamedColumns(StepRegistration step) =>
            step.FilteringAttributes.Select(column => (column, "the filtering attribute"))
                .Concat(step.Images.SelectMany(image => image.Attributes.Select(column => (column, $"in image '{image.EntityAlias}' the column"))));
    }
}

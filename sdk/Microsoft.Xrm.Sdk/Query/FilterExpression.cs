using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A set of conditions and child filters combined with a logical And or Or, used to filter the rows of a query.</summary>
    [DataContract(Name = "FilterExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class FilterExpression : IExtensibleDataObject
    {
        private DataCollection<ConditionExpression> _conditions;
        private DataCollection<FilterExpression> _filters;

        // And by default (learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows).
        public FilterExpression()
            : this(LogicalOperator.And)
        {
        }

        public FilterExpression(LogicalOperator filterOperator)
        {
            FilterOperator = filterOperator;
        }

        [DataMember]
        public LogicalOperator FilterOperator { get; set; }

        [DataMember]
        public DataCollection<ConditionExpression> Conditions
        {
            get => _conditions ?? (_conditions = new DataCollection<ConditionExpression>());
            private set => _conditions = value;
        }

        [DataMember]
        public DataCollection<FilterExpression> Filters
        {
            get => _filters ?? (_filters = new DataCollection<FilterExpression>());
            private set => _filters = value;
        }

        [DataMember(EmitDefaultValue = false, Order = 51)]
        public bool IsQuickFindFilter { get; set; }

        [DataMember(EmitDefaultValue = false, Order = 82)]
        public string FilterHint { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        public void AddCondition(ConditionExpression condition)
        {
            Conditions.Add(condition);
        }

        // No ICollection overload here, unlike the constructor: an int[] becomes a single value, as in Microsoft's SDK.
        public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values)
        {
            Conditions.Add(new ConditionExpression(null, attributeName, conditionOperator, false, values));
        }

        public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        {
            Conditions.Add(new ConditionExpression(null, attributeName, conditionOperator, compareColumns, value));
        }

        public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        {
            Conditions.Add(new ConditionExpression(null, attributeName, conditionOperator, compareColumns, values));
        }

        public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        {
            Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, false, values));
        }

        public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        {
            Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, value));
        }

        public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        {
            Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, values));
        }

        // A null child is ignored, as in Microsoft's SDK, so a query never carries a null filter.
        public void AddFilter(FilterExpression childFilter)
        {
            if (childFilter != null)
            {
                Filters.Add(childFilter);
            }
        }

        public FilterExpression AddFilter(LogicalOperator logicalOperator)
        {
            var childFilter = new FilterExpression(logicalOperator);
            Filters.Add(childFilter);
            return childFilter;
        }
    }
}

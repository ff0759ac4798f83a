using DynamicsWifi.Emulator.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>QueryByAttribute is an AND of equality tests (a null value tests for null), with the same columns,
    /// orders, paging and top count as a QueryExpression
    /// (learn.microsoft.com/power-apps/developer/data-platform/org-service/use-querybyattribute-class).</summary>
    internal static class QueryByAttributeTranslator
    {
        public static QueryExpression ToQueryExpression(QueryByAttribute query)
        {
            if (query.Attributes.Count == 0)
            {
                throw DataverseFaults.QueryByAttributeWithoutAttributes();
            }

            if (query.Values.Count != query.Attributes.Count)
            {
                throw DataverseFaults.QueryByAttributeValueMismatch();
            }

            var expression = new QueryExpression(query.EntityName)
            {
                ColumnSet = query.ColumnSet ?? new ColumnSet(),
                PageInfo = query.PageInfo ?? new PagingInfo(),
                TopCount = query.TopCount,
            };
            for (var index = 0; index < query.Attributes.Count; index++)
            {
                var value = query.Values[index];
                expression.Criteria.AddCondition(value == null
                    ? new ConditionExpression(query.Attributes[index], ConditionOperator.Null)
                    : new ConditionExpression(query.Attributes[index], ConditionOperator.Equal, value));
            }

            foreach (var order in query.Orders)
            {
                expression.Orders.Add(order);
            }

            return expression;
        }
    }
}

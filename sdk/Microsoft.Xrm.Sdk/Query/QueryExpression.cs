using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A complex query expressed as a hierarchy of expressions: columns, filters, joins, orders and paging over one table.</summary>
    [DataContract(Name = "QueryExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class QueryExpression : QueryBase
    {
        private DataCollection<LinkEntity> _linkEntities;
        private DataCollection<OrderExpression> _orders;

        public QueryExpression()
            : this(null)
        {
        }

        // Microsoft's samples call query.ColumnSet.AddColumns and query.Criteria.AddCondition on a new query, so
        // both start empty, not null; an empty ColumnSet returns only the primary key
        // (learn.microsoft.com/power-apps/developer/data-platform/org-service/use-the-columnset-class).
        public QueryExpression(string entityName)
        {
            EntityName = entityName;
            ColumnSet = new ColumnSet();
            Criteria = new FilterExpression();
            PageInfo = new PagingInfo();
        }

        [DataMember]
        public string EntityName { get; set; }

        [DataMember]
        public ColumnSet ColumnSet { get; set; }

        [DataMember]
        public FilterExpression Criteria { get; set; }

        [DataMember]
        public DataCollection<LinkEntity> LinkEntities
        {
            get => _linkEntities ?? (_linkEntities = new DataCollection<LinkEntity>());
            private set => _linkEntities = value;
        }

        [DataMember]
        public DataCollection<OrderExpression> Orders
        {
            get => _orders ?? (_orders = new DataCollection<OrderExpression>());
            private set => _orders = value;
        }

        [DataMember]
        public bool Distinct { get; set; }

        [DataMember(Order = 50)]
        public bool NoLock { get; set; }

        [DataMember]
        public PagingInfo PageInfo { get; set; }

        // Null means no limit; Dataverse rejects a query that sets both TopCount and paging
        // (learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.queryexpression.topcount).
        [DataMember(EmitDefaultValue = false, Order = 50)]
        public int? TopCount { get; set; }

        [DataMember(EmitDefaultValue = false, Order = 92)]
        public string QueryHints { get; set; }

        [DataMember(EmitDefaultValue = false, Order = 93)]
        public string DataSource { get; set; }

        [DataMember(EmitDefaultValue = false, IsRequired = false)]
        public QueryExpression SubQueryExpression { get; set; }

        public void AddOrder(string attributeName, OrderType orderType)
        {
            Orders.Add(new OrderExpression(attributeName, orderType));
        }

        public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName)
        {
            Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
        }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
        {
            return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
        }

        // The link starts from the query's table as named now; renaming EntityName later does not follow.
        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            LinkEntities.Add(link);
            return link;
        }
    }
}

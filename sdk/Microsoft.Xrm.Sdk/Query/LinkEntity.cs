using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A join from the rows of one table to the related rows of another, in a query.</summary>
    [DataContract(Name = "LinkEntity", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class LinkEntity : IExtensibleDataObject
    {
        private DataCollection<LinkEntity> _linkEntities;
        private DataCollection<OrderExpression> _orders;

        // Inner by default (learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/join-tables).
        public LinkEntity()
            : this(null, null, null, null, JoinOperator.Inner)
        {
        }

        // Columns and LinkCriteria start empty rather than null, so callers can add to them straight after AddLink.
        public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            LinkFromEntityName = linkFromEntityName;
            LinkToEntityName = linkToEntityName;
            LinkFromAttributeName = linkFromAttributeName;
            LinkToAttributeName = linkToAttributeName;
            JoinOperator = joinOperator;
            Columns = new ColumnSet();
            LinkCriteria = new FilterExpression();
        }

        [DataMember]
        public string LinkFromAttributeName { get; set; }

        [DataMember]
        public string LinkFromEntityName { get; set; }

        [DataMember]
        public string LinkToEntityName { get; set; }

        [DataMember]
        public string LinkToAttributeName { get; set; }

        [DataMember]
        public JoinOperator JoinOperator { get; set; }

        [DataMember]
        public FilterExpression LinkCriteria { get; set; }

        [DataMember]
        public DataCollection<LinkEntity> LinkEntities
        {
            get => _linkEntities ?? (_linkEntities = new DataCollection<LinkEntity>());
            private set => _linkEntities = value;
        }

        [DataMember]
        public ColumnSet Columns { get; set; }

        [DataMember]
        public string EntityAlias { get; set; }

        [DataMember(Order = 80)]
        public DataCollection<OrderExpression> Orders
        {
            get => _orders ?? (_orders = new DataCollection<OrderExpression>());
            private set => _orders = value;
        }

        public ExtensionDataObject ExtensionData { get; set; }

        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
        {
            return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
        }

        // A nested link starts from this link's table (learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/join-tables).
        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            var link = new LinkEntity(LinkToEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            LinkEntities.Add(link);
            return link;
        }
    }
}

using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>The columns a retrieve or query returns: named columns, or all of them.</summary>
    [DataContract(Name = "ColumnSet", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ColumnSet : IExtensibleDataObject
    {
        private DataCollection<string> _columns;

        public ColumnSet()
        {
        }

        public ColumnSet(bool allColumns)
        {
            AllColumns = allColumns;
        }

        public ColumnSet(params string[] columns)
        {
            Columns.AddRange(columns);
        }

        [DataMember]
        public bool AllColumns { get; set; }

        [DataMember]
        public DataCollection<string> Columns
        {
            get => _columns ?? (_columns = new DataCollection<string>());
            set => _columns = value;
        }

        public ExtensionDataObject ExtensionData { get; set; }

        public void AddColumn(string column)
        {
            Columns.Add(column);
        }

        public void AddColumns(params string[] columns)
        {
            Columns.AddRange(columns);
        }
    }
}

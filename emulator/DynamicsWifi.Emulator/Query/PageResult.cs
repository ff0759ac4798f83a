using System.Collections.Generic;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>One page of joined rows, whether more follow, the cookie that resumes after it, and the total count.</summary>
    internal sealed class PageResult
    {
        public PageResult(List<JoinedRow> rows, bool moreRecords, string? pagingCookie, int total)
        {
            Rows = rows;
            MoreRecords = moreRecords;
            PagingCookie = pagingCookie;
            Total = total;
        }

        public List<JoinedRow> Rows { get; }

        public bool MoreRecords { get; }

        public string? PagingCookie { get; }

        public int Total { get; }
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;

namespace DynamicsWifi.Emulator.Query
{
    /// <summary>Sorts with a comparer that may raise a Dataverse fault (values that cannot be compared), rethrowing
    /// the fault itself rather than the InvalidOperationException List.Sort wraps it in.</summary>
    internal static class Sorting
    {
        public static void Sort<T>(List<T> items, IComparer<T> comparer)
        {
            try
            {
                items.Sort(comparer);
            }
            catch (InvalidOperationException exception) when (exception.InnerException != null)
            {
                ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
                throw;
            }
        }
    }
}

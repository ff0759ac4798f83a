#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    /// <summary>Lets netstandard2.0 compile init accessors, as later frameworks define it.</summary>
    internal static class IsExternalInit
    {
    }
}
#endif

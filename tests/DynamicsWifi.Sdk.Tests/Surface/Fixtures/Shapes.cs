using System;
using System.Collections;

// Shapes the reference listing has no line for; SurfaceListerTests expects what shared/reference/sdk-surface/README.md specifies.
namespace DynamicsWifi.Sdk.Tests.Surface.Fixtures.Shapes
{
    public delegate bool Filter(string value);

    public class Outer
    {
        public static Generic<int>.Nested? Instance => null;

        public class Inner
        {
        }

        public class Generic<T>
        {
            public class Nested
            {
            }
        }

        protected class ProtectedInner
        {
        }

        private class PrivateInner
        {
        }
    }

    [Obsolete]
    public class Retired
    {
    }

    public class Members : IEnumerable
    {
        public event EventHandler Changed
        {
            add { }
            remove { }
        }

        protected internal virtual int Level { get; private set; }

        internal int Hidden { get; set; }

        [Obsolete("Use Swap.", true)]
        public void Old()
        {
        }

        public void Swap(ref int first, in int second, out string third)
        {
            third = string.Empty;
        }

        public void Defaults(int count = 5, bool flag = true, string text = "a\"b\n", double ratio = 0.5, char mark = 'x', DayOfWeek day = DayOfWeek.Monday, decimal amount = 1.5m)
        {
        }

        public T Make<T, TOther>()
            where T : struct
            where TOther : class, IDisposable, new() => default;

        public override string ToString() => string.Empty;

        IEnumerator IEnumerable.GetEnumerator() => Array.Empty<object>().GetEnumerator();
    }

    public class SealedMembers : Members
    {
        public sealed override string ToString() => "sealed";
    }
}

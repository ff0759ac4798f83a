using DynamicsWifi.Emulator.Tests.Query;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Robustness
{
    /// <summary>SQL's SUM keeps the column's type, so a sum a whole-number column cannot hold fails as SQL Server's
    /// arithmetic overflow (error 8115), which Dataverse passes on as its generic SQL error.</summary>
    [TestClass]
    public sealed class AggregateOverflowTests
    {
        [TestMethod]
        public void SumBeyondInt32_FaultsAsArithmeticOverflow()
        {
            var source = QueryFixture.NewSource();
            for (var copy = 0; copy < 3; copy++)
            {
                source.Add("contact", ("numberofchildren", int.MaxValue));
            }

            var fault = QueryFixture.Fails(() => source.Fetch(
                "<fetch aggregate='true'><entity name='contact'><attribute name='numberofchildren' alias='total' aggregate='sum' /></entity></fetch>"));

            Assert.AreEqual(unchecked((int)0x80044150), fault.ErrorCode);
            StringAssert.Contains(fault.Message, "int");
        }
    }
}

using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DynamicsWifi.Emulator.Tests.Service;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DynamicsWifi.Emulator.Tests.Registration
{
    /// <summary>What Dataverse refuses when a step is registered, the emulator refuses when it loads the solution, naming
    /// the step; what it only cannot emulate loads, with a note in <see cref="DataverseEmulator.LoadNotes"/>.</summary>
    [TestClass]
    public sealed class LoadRefusalTests
    {
        [TestMethod]
        public void FilteringAttributeThatIsNoColumnOfTheSolutionsTable_IsRefused()
        {
            var folder = LibraryWith(RegistrationSamples.Step(name: "Filter on a typo", primaryEntity: "cr_library", filteringAttributes: "cr_name,cr_nmae"));

            var error = Assert.ThrowsExactly<InvalidDataException>(() => Load(folder));

            StringAssert.Contains(error.Message, "Step 'Filter on a typo'");
            StringAssert.Contains(error.Message, "'cr_nmae'");
            StringAssert.Contains(error.Message, "'cr_library'");
        }

        [TestMethod]
        public void ImageColumnThatIsNoColumnOfTheSolutionsTable_IsRefused()
        {
            var folder = LibraryWith(RegistrationSamples.Step(
                name: "Image of a typo", primaryEntity: "cr_library", images: RegistrationSamples.Image("PreImage", 0, "cr_code,cr_cdoe")));

            var error = Assert.ThrowsExactly<InvalidDataException>(() => Load(folder));

            StringAssert.Contains(error.Message, "Step 'Image of a typo'");
            StringAssert.Contains(error.Message, "'cr_cdoe'");
        }

        [TestMethod]
        public void StepOnATableThatExistsNowhere_IsRefused()
        {
            var folder = LibraryWith(RegistrationSamples.Step(name: "Step on nothing", primaryEntity: "cr_nowhere"));

            var error = Assert.ThrowsExactly<InvalidDataException>(() => Load(folder));

            StringAssert.Contains(error.Message, "Step 'Step on nothing'");
            StringAssert.Contains(error.Message, "'cr_nowhere'");
        }

        [TestMethod]
        public void StepOnAStandardTableTheEmulatorDoesNotModel_LoadsWithANote()
        {
            var folder = LibraryWith(RegistrationSamples.Step(name: "Step on account", primaryEntity: "account"));

            var emulator = Load(folder);

            Assert.IsTrue(emulator.LoadNotes.Any(note => note.Contains("Step 'Step on account'", StringComparison.Ordinal) && note.Contains("'account'", StringComparison.Ordinal)));
        }

        [TestMethod]
        public void FilterOnAStandardColumnTheEmulatorDoesNotModel_LoadsWithANote()
        {
            var folder = LibraryWith(RegistrationSamples.Step(name: "Step on the city", primaryEntity: "contact", filteringAttributes: "address1_city"));

            var emulator = Load(folder);

            Assert.IsTrue(emulator.LoadNotes.Any(note => note.Contains("'address1_city'", StringComparison.Ordinal)));
        }

        [TestMethod]
        public void MessageNameThatNamesNoMessage_IsRefused()
        {
            var folder = LibraryWith(RegistrationSamples.Step(name: "Step on a made-up message", primaryEntity: "cr_library", extra: "<SdkMessageName>cr_Frobnicate</SdkMessageName>"));

            var error = Assert.ThrowsExactly<InvalidDataException>(() => Load(folder));

            StringAssert.Contains(error.Message, "Step 'Step on a made-up message'");
            StringAssert.Contains(error.Message, "'cr_Frobnicate'");
        }

        [TestMethod]
        public void WhatTheReadersLeaveOut_IsReadableFromTheEmulator()
        {
            var webhook = RegistrationSamples.Step(name: "Posted to a webhook", primaryEntity: "cr_library").Replace("<EventHandlerTypeCode>4602</EventHandlerTypeCode>", "<EventHandlerTypeCode>4618</EventHandlerTypeCode>", StringComparison.Ordinal);
            var folder = LibraryWith(webhook);

            var emulator = Load(folder);

            Assert.IsTrue(emulator.LoadNotes.Any(note => note.Contains("Step 'Posted to a webhook'", StringComparison.Ordinal)));
        }

        [TestMethod]
        public void ValidSteps_LoadWithoutNotes()
        {
            var folder = LibraryWith(RegistrationSamples.Step(
                name: "Filter on the name", primaryEntity: "cr_library", filteringAttributes: "cr_name", images: RegistrationSamples.Image("PreImage", 0, "cr_code")));

            var emulator = Load(folder);

            CollectionAssert.AreEqual(Array.Empty<string>(), emulator.LoadNotes.ToArray());
        }

        private static DataverseEmulator Load(string folder) => DataverseEmulator.FromSolution(folder, typeof(LoadRefusalTests).Assembly);

        /// <summary>The test library solution, copied, with the plug-in type Contoso.Plugins.Sample and the given steps.</summary>
        private static string LibraryWith(params string[] steps)
        {
            var folder = Path.Combine(Path.GetTempPath(), "dynamicswifi-registration-" + Guid.NewGuid().ToString("N"));
            foreach (var file in Directory.EnumerateFiles(LibrarySolution.Path, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(folder, Path.GetRelativePath(LibrarySolution.Path, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }

            var customizationsPath = Path.Combine(folder, "customizations.xml");
            var customizations = XElement.Load(customizationsPath);
            customizations.Add(RegistrationSamples.WithSteps(steps).Elements());
            customizations.Save(customizationsPath);
            return folder;
        }
    }
}

import Foundation
import TagDeskCore
import TagDeskPlugins
import TagDeskTestSupport
import Testing

@Suite struct RegistryCompletenessTests {
    @Test func everyPluginFolderIsRegistered() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: RepositoryRoot.url.appendingPathComponent("Plugins").path)
            .filter { $0.hasSuffix("Plugin") }
        let registered = Set(builtInPlugins.map { String(reflecting: $0).split(separator: ".").first.map(String.init) ?? "" })
        #expect(!folders.isEmpty)
        for folder in folders {
            #expect(registered.contains(folder), "Plugins/\(folder) is not in builtInPlugins (Sources/TagDeskPlugins/BuiltInPlugins.swift)")
        }
    }

    @Test func pluginNamesAreUniqueAndLowerCase() {
        let names = builtInPlugins.map { $0.name }
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0 == $0.lowercased() })
        #expect(PluginRegistry.builtIn.names == ["boilerplate", "external", "gazetteer", "lexicon", "ngram", "pattern", "tally"])
    }
}

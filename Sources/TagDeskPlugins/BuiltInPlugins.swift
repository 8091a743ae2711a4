import BoilerplatePlugin
import ExternalPlugin
import GazetteerPlugin
import LexiconPlugin
import NgramPlugin
import PatternPlugin
import TallyPlugin
import TagDeskCore

/// Every built-in classifier plugin, one line each; adding a plugin adds one line here.
public let builtInPlugins: [any ClassifierPlugin.Type] = [
    BoilerplateClassifier.self,
    ExternalClassifier.self,
    GazetteerClassifier.self,
    LexiconClassifier.self,
    NgramClassifier.self,
    PatternClassifier.self,
    TallyClassifier.self,
]

extension PluginRegistry {
    /// The registry of the built-in plugins.
    public static let builtIn = PluginRegistry(builtInPlugins)
}

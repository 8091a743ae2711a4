/// Maps `plugin:` names in rule files to plugin types.
public struct PluginRegistry: Sendable {
    public let plugins: [any ClassifierPlugin.Type]

    public init(_ plugins: [any ClassifierPlugin.Type]) {
        self.plugins = plugins.sorted { $0.name < $1.name }
    }

    public var names: [String] { plugins.map { $0.name } }

    public func plugin(named name: String) -> (any ClassifierPlugin.Type)? {
        plugins.first { $0.name == name }
    }
}

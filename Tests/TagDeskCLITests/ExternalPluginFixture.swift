import Foundation
import TagDeskCore
import TagDeskTestSupport

/// A copy of the seeds and `Rules/` with one more rule file, `Rules/example.yaml`, whose classifier is the Swift
/// example plugin (`tagdesk-example-plugin`, built beside `tagdesk`) run with `arguments`.
enum ExternalPluginFixture {
    static let classifier = "example"
    /// The article the misbehaving plugin fails on.
    static let target = "001_711c1f60d4ccf35c"

    /// The rule file, with `settings` lines added under `settings:` after `command`.
    static func ruleFile(arguments: [String] = [], settings: [String] = [], command: [String]? = nil) throws -> String {
        let program = try command ?? ([ExamplePlugin.url().path] + arguments)
        let quoted = program.map { "'\($0)'" }.joined(separator: ", ")
        return """
            # The Swift example plugin over the external protocol.
            classifier: example
            plugin: external
            description: Questions and quotations, from tagdesk-example-plugin.
            scope: line
            depends_on: [boilerplate, language]
            settings:
              command: [\(quoted)]
            \(settings.map { "  " + $0 + "\n" }.joined())labels:
              question: {description: A line that asks a question.}
              quote: {description: A line quoting someone.}
            examples:
              - text: Who decided this?
                labels: [question]
              - text: "He said: “we will build the bridge next year” and left."
                labels: [quote]

            """
    }

    /// A temporary corpus whose rules include the example rule file.
    static func corpus(arguments: [String] = [], settings: [String] = [], command: [String]? = nil) throws -> TemporaryCorpus {
        let corpus = try TemporaryCorpus()
        try corpus.write(ruleFile(arguments: arguments, settings: settings, command: command), to: "Rules/example.yaml")
        return corpus
    }

    /// The 1-based line of the rule file on which `text` starts, and its column.
    static func location(of text: String, in file: String) -> (line: Int, column: Int)? {
        for (index, line) in file.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: text) { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
        }
        return nil
    }
}

import Foundation
import Yams

/// Where a label is written in its rule file and what that file says of it: its line (for an editor's `+LINE`),
/// its threshold, and the weight of each of its terms or patterns. Read with a YAML parser and no plugin, so it
/// knows only the shapes the rule files share: `labels: {LABEL: {threshold:, terms: [TERM | {term:, weight:}]}}`.
public struct RuleLabelSource: Sendable {
    /// The rule file's line where the label starts; 1 when it has no entry of its own.
    public let line: Int
    /// The label's `threshold`, else the file's `settings: threshold`.
    public let threshold: Double?
    /// Weights by folded term or pattern; a term without a weight weighs 1.
    public let weights: [String: Double]

    /// Reads `label` (or only the file, with `nil`) in the rule file at `url`; `nil` when it does not read.
    public init?(url: URL, label: String?) {
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let root = try? Yams.compose(yaml: text), case .mapping(let file) = root else { return nil }
        let entry = label.flatMap { label in file["labels"]?.mapping?.first { $0.key.string == label } }
        line = entry?.key.mark?.line ?? 1
        let settingsThreshold = file["settings"]?.mapping?["threshold"]?.string.flatMap(Double.init)
        let body = entry?.value.mapping
        threshold = body?["threshold"]?.string.flatMap(Double.init) ?? settingsThreshold
        var weights: [String: Double] = [:]
        for key in ["terms", "patterns", "names"] {
            for item in body?[key]?.sequence ?? [] {
                if let term = item.string {
                    weights[Normalizer.fold(term)] = 1
                } else if let mapping = item.mapping, let term = (mapping["term"] ?? mapping["pattern"] ?? mapping["name"])?.string {
                    weights[Normalizer.fold(term)] = mapping["weight"]?.string.flatMap(Double.init) ?? 1
                }
            }
        }
        self.weights = weights
    }

    /// The weight of the term that matched `text`, if the file lists it as such.
    public func weight(of text: String) -> Double? {
        weights[Normalizer.fold(text)]
    }
}

/// The least a classifier must reach against people's decisions (`quality:` in its rule file), which
/// `tagdesk check` holds it to: precision, recall and F1, each between 0 and 1.
public struct QualityFloor: Decodable, Sendable, Hashable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case minPrecision = "min_precision", minRecall = "min_recall", minF1 = "min_f1"
    }

    public let minPrecision: Double?
    public let minRecall: Double?
    public let minF1: Double?

    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        func share(_ key: CodingKeys) throws -> Double? {
            guard let value = try container.decodeIfPresent(Double.self, forKey: key) else { return nil }
            guard value > 0, value <= 1 else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                       debugDescription: "expected a share above 0 and at most 1 for '\(key.rawValue)', found \(value)")
            }
            return value
        }
        minPrecision = try share(.minPrecision)
        minRecall = try share(.minRecall)
        minF1 = try share(.minF1)
    }

    /// What `score` falls short of, as `F1 0.667 is below min_f1 0.8`; empty when it reaches every floor.
    public func shortfalls(of score: Score) -> [String] {
        [(score.precision, minPrecision, "precision", "min_precision"), (score.recall, minRecall, "recall", "min_recall"),
         (score.f1, minF1, "F1", "min_f1")].compactMap { value, floor, name, key in
            guard let floor, value < floor else { return nil }
            return "\(name) \(Evaluation.fixed(value)) is below \(key) \(floor)"
        }
    }
}

/// The part of a rule file every plugin shares; `labels`, `settings` and `examples` are decoded separately.
struct RuleHeader: Decodable, Sendable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case classifier, plugin, description, scope, evidence, role, labels, settings, examples, kind, quality
        case multiLabel = "multi_label"
        case dependsOn = "depends_on"
        case versionsAgree = "versions_agree"
    }

    let classifier: Located<String>
    let plugin: Located<String>
    let description: String?
    let scope: Located<Scope>
    /// `nil` when the file does not say: `.matches`.
    let evidence: Located<TagEvidence>?
    let multiLabel: Bool
    let role: Located<ClassifierRole>?
    let dependsOn: [Located<String>]
    /// `quality:`, the least this classifier must reach against people's decisions.
    let quality: Located<QualityFloor>?
    /// `versions_agree:`, articles citing one source (versions of one story) should get the same labels.
    let versionsAgree: Bool

    init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        classifier = try container.decode(Located<String>.self, forKey: .classifier)
        plugin = try container.decode(Located<String>.self, forKey: .plugin)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        scope = try container.decode(Located<Scope>.self, forKey: .scope)
        evidence = try container.decodeIfPresent(Located<TagEvidence>.self, forKey: .evidence)
        multiLabel = try container.decodeIfPresent(Bool.self, forKey: .multiLabel) ?? false
        role = try container.decodeIfPresent(Located<ClassifierRole>.self, forKey: .role)
        dependsOn = try container.decodeIfPresent([Located<String>].self, forKey: .dependsOn) ?? []
        quality = try container.decodeIfPresent(Located<QualityFloor>.self, forKey: .quality)
        versionsAgree = try container.decodeIfPresent(Bool.self, forKey: .versionsAgree) ?? false
    }
}

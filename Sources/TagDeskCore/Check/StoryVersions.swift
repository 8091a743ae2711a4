/// Versions of one story (articles citing one source, translations most often) must agree on the labels of the
/// classifiers whose rule file says `versions_agree: true`; one warning per article and label they part on.
struct StoryVersions: Sendable {
    struct Version: Sendable {
        let id: String
        let path: String
        let source: CitedSource
        /// Per agreeing classifier, the article's labels.
        let labels: [String: Set<String>]
    }

    private var bySource: [String: [Version]] = [:]

    mutating func add(_ version: Version) {
        bySource[version.source.url, default: []].append(version)
    }

    /// For each label some versions of a story have and others lack, a warning on each version lacking it,
    /// at its citation line, naming the versions that have it.
    func problems() -> [CheckProblem] {
        var problems: [CheckProblem] = []
        for (_, versions) in bySource where versions.count > 1 {
            let classifiers = Set(versions.flatMap(\.labels.keys)).sorted()
            for classifier in classifiers {
                let all = Set(versions.flatMap { $0.labels[classifier] ?? [] })
                for label in all.sorted() {
                    let having = versions.filter { $0.labels[classifier]?.contains(label) == true }
                    guard having.count < versions.count else { continue }
                    let names = having.map(\.path).sorted()
                    for version in versions where !having.contains(where: { $0.id == version.id }) {
                        problems.append(CheckProblem(
                            kind: "versions-disagree", severity: .warning, file: version.path, line: version.source.line, column: 1,
                            message: "\(classifier) '\(label)' is missing here but tagged in \(names.joined(separator: ", ")), "
                                + "which \(names.count == 1 ? "cites" : "cite") the same source (versions of one story should agree)",
                            article: version.id, classifier: classifier))
                    }
                }
            }
        }
        return problems
    }
}

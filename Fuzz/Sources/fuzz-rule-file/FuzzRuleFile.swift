import FuzzSupport
import TagDeskCore
import TagDeskPlugins

/// The article every rule set that loads classifies: a real one, cut short so that each run stays fast.
let sampleArticle = Article(id: "sample", path: "sample.txt", bytes: Array(FuzzRepository.bytes("seeds/000_54b95f3bc5afc1bd.txt").prefix(3_000)))

/// libFuzzer entry: one rule file, read as `tagdesk rules lint` reads it with the built-in plugins registered (but `external`).
/// A rule set or an error diagnostic, never both, never neither; the rule set classifies an article.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    let lint = RuleLoader(registry: FuzzRepository.registry).lint(names: ["fuzzed.yaml"], contents: [bytes], displayPath: "Rules")
    let errors = lint.diagnostics.filter { $0.level == .error }
    FuzzProperty.require((lint.ruleSet == nil) == !errors.isEmpty,
                         "rule set \(lint.ruleSet == nil ? "missing" : "present") with \(errors.count) errors: \(lint.diagnostics)")
    FuzzProperty.requireLocated(lint.diagnostics, displayPath: "Rules/fuzzed.yaml",
                                lineCount: bytes.withUnsafeBufferPointer(FuzzProperty.lineCount))
    if let ruleSet = lint.ruleSet {
        _ = ClassificationPass(ruleSet: ruleSet).classify(ClassificationPass.Input(article: sampleArticle))
    }
    return 0
}

/// Runs libFuzzer on `fuzz`.
@main enum FuzzRuleFileMain {
    static func main() { FuzzDriver.run(fuzz) }
}

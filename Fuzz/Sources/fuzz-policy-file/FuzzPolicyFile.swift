import FuzzSupport
import TagDeskCore
import TagDeskPlugins

/// The classifiers the policies are checked against: those of `Rules/` that the house policy names.
let ruleSet = FuzzRepository.ruleSet(files: ["article-tone.yaml", "boilerplate.yaml", "language.yaml", "tone.yaml"])

/// Real articles classified once, for the policies that load to decide on.
let classified: [(Article, ArticleResult)] = ["seeds/000_54b95f3bc5afc1bd.txt", "seeds/001_711c1f60d4ccf35c.txt"].map { path in
    let article = Article(id: "a", path: path, bytes: FuzzRepository.bytes(path))
    return (article, ClassificationPass(ruleSet: ruleSet).classify(ClassificationPass.Input(article: article)))
}

/// libFuzzer entry: a policy file (`kind: policy`): its conditions read and checked against the classifiers,
/// then evaluated on classified articles. Policies or located errors, never both, never neither.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    let path = "Rules/policy.yaml"
    do {
        let policies = try RuleLoader(registry: FuzzRepository.registry).loadPolicies(file: path, bytes: bytes, for: ruleSet)
        for (article, result) in classified {
            _ = policies.decide(result, article: article, human: nil)
        }
    } catch {
        FuzzProperty.requireLocated(error, displayPath: path, lineCount: bytes.withUnsafeBufferPointer(FuzzProperty.lineCount))
    }
    return 0
}

/// Runs libFuzzer on `fuzz`.
@main enum FuzzPolicyFileMain {
    static func main() { FuzzDriver.run(fuzz) }
}
